package be.femmesetsante.sesu.request;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import be.femmesetsante.sesu.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional's first visit, in French and in English, at phone and desktop width, each page
 * axe-clean: sign in by e-mailed link → describe the organisation (a Flemish postal code is kindly
 * refused with everything kept, then fixed) → a request with one mistake first → confirmation →
 * "Mes demandes" → the request's page → withdraw it.
 */
class ProfessionalJourneyBrowserTest extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void fromSignInToAWithdrawnRequest(String lang) {
		boolean fr = lang.equals("fr");
		open("/?lang=" + lang);
		signInAsProfessional("journey-" + lang + "-" + UUID.randomUUID() + "@example.org");

		// Asking for the form first: the organisation comes first.
		open("/requests/new");
		assertThat(browser.getCurrentUrl()).endsWith("/organisation");
		assertThat(heading()).isEqualTo(fr ? "Mon organisation" : "My organisation");
		checkPage("organisation-new-" + lang);

		type("#name", "Maison médicale Le Pont");
		new Select(find("#sector")).selectByValue("MAISON_MEDICALE");
		type("#street", "Rue du Pont 3");
		type("#postalCode", "9000");
		type("#municipality", "Gent");
		type("#contactName", "Alex Martin");
		type("#contactPronouns", fr ? "iel" : "they");
		go("form[action$='/organisation'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith(fr ? "Erreur : " : "Error: ");
		assertThat(find("#outside-area").getText()).contains("sesu@femmesetsante.be");
		assertThat(find("#name").getAttribute("value")).isEqualTo("Maison médicale Le Pont");
		assertThat(find("#street").getAttribute("value")).isEqualTo("Rue du Pont 3");
		assertThat(find("#postalCode").getAttribute("value")).isEqualTo("9000");
		assertThat(new Select(find("#sector")).getFirstSelectedOption().getAttribute("value")).isEqualTo("MAISON_MEDICALE");
		checkPage("organisation-flanders-" + lang);

		type("#postalCode", "1000");
		type("#municipality", "Bruxelles");
		go("form[action$='/organisation'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).endsWith("/requests/new");
		assertThat(find("main .notice-success").getText()).isNotBlank();
		checkPage("request-form-" + lang);

		// One mistake first: no description. Everything else typed stays.
		find("#kinds2").click();
		type("#title", "Relecture de nos affiches");
		find("#audienceTags1").click();
		find("#preferredFormat2").click();
		type("#teamSize", "6");
		find("#privacyAccepted1").click();
		go("button[name=action][value=submit]");
		assertThat(browser.getTitle()).startsWith(fr ? "Erreur : " : "Error: ");
		assertThat(find("#error-summary a[href='#description']").getText()).isNotBlank();
		assertThat(find("#title").getAttribute("value")).isEqualTo("Relecture de nos affiches");
		assertThat(find("#kinds2").isSelected()).isTrue();
		assertThat(find("#privacyAccepted1").isSelected()).isTrue();
		checkPage("request-form-error-" + lang);

		type("#description", "Nos affiches de prévention parlent-elles à toutes et tous ?");
		go("button[name=action][value=submit]");
		assertThat(browser.getCurrentUrl()).matches(".*/requests/SESU-\\d{4}-\\d+/sent$");
		String reference = find(".reference").getText();
		checkPage("request-sent-" + lang);

		go(".main-nav a[href$='/requests']");
		assertThat(find("main").getText()).contains(reference).contains("Relecture de nos affiches");
		checkPage("requests-list-" + lang);

		go("a[href$='/requests/" + reference + "']");
		assertThat(heading()).isEqualTo("Relecture de nos affiches");
		checkPage("request-detail-" + lang);

		type("#reason", fr ? "Nous avons trouvé une autre aide." : "We found other support.");
		go(".withdraw-box button[type=submit]");
		assertThat(find(".status").getText()).isEqualTo(fr ? "Retirée" : "Withdrawn");
		assertThat(find(".timeline").getText()).contains(fr ? "Nous avons trouvé une autre aide." : "We found other support.");
		checkPage("request-withdrawn-" + lang);

		go(".main-nav form[action$='/logout'] button[type=submit]");
	}

	/**
	 * Clicks and waits for the next page. Marks the current window first and waits until the mark is
	 * gone: unlike waiting for the old element to go stale, this cannot race with the navigation.
	 */
	private void go(String selector) {
		browser.executeScript("window.sesuOldPage = true;");
		find(selector).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(driver -> Boolean.TRUE.equals(browser.executeScript(
					"return window.sesuOldPage === undefined && document.readyState === 'complete';")));
	}

	private void type(String selector, String text) {
		find(selector).clear();
		find(selector).sendKeys(text);
	}

}
