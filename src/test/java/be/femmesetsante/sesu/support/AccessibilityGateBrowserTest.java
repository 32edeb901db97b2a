package be.femmesetsante.sesu.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate itself: a page is checked by axe-core without the test asking, whether it was opened
 * by address or reached by a click, and a page that fails makes the test fail with its address
 * and the violations.
 */
class AccessibilityGateBrowserTest extends BrowserTest {

	@Test
	void aPageOpenedByAddressThatFailsAxeIsReportedWithItsViolationsAtBothWidths() {
		// No language, an image without a text alternative, a field without a label.
		String page = "<!doctype html><title>x</title><img src='x.png'><input type='text'>";
		browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

		List<String> failures = AccessibilityGate.takeFailures();
		assertThat(failures).as("what the test would have failed with").hasSize(1);
		assertThat(failures.get(0)).contains("image-alt", "html-has-lang", "label", "at 360 px", "at 1280 px");
	}

	@Test
	void aPageReachedByAClickIsCheckedWithoutTheTestAsking() {
		open("/?lang=fr");
		assertThat(AccessibilityGate.of(browser).lastState()).startsWith("/ [fr-BE]");

		// The test only clicks and waits for the next page: the gate sees the new document and checks it.
		clickAndWait("a[href$='/privacy']");
		assertThat(heading()).isEqualTo("Protection des données");
		assertThat(AccessibilityGate.of(browser).lastState()).startsWith("/privacy [fr-BE]");
	}

	@Test
	void pagesAreGroupedByPathWithReferencesAndIdsMadeGeneric() {
		assertThat(AccessibilityGate.generalise("/casework/requests/SESU-2026-0042"))
			.isEqualTo("/casework/requests/{reference}");
		assertThat(AccessibilityGate.generalise("/requests/SESU-2026-0042/documents/17"))
			.isEqualTo("/requests/{reference}/documents/{id}");
		assertThat(AccessibilityGate.generalise("/casework/workshops/3")).isEqualTo("/casework/workshops/{id}");
		assertThat(AccessibilityGate.generalise("/login/link-sent")).isEqualTo("/login/link-sent");
	}

}
