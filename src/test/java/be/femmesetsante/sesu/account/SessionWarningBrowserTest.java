package be.femmesetsante.sesu.account;

import java.time.Duration;

import be.femmesetsante.sesu.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning before the idle timeout, in a real browser: shown by {@code /js/session.js} (no inline
 * script), announced ({@code role="alert"}), readable at 360 px and 1280 px, and "Rester connecté·e"
 * renews the session without leaving the page. The test gives the script a short idle time instead of
 * 30 minutes by loading it again on the page with other figures.
 */
class SessionWarningBrowserTest extends BrowserTest {

	@Test
	void beforeTheIdleEndTheWarningLetsThePersonStayAndThenSaysTheSessionEnded() {
		signInAsProfessional("avertissement@exemple-planning.be");

		for (String language : new String[] { "fr", "en" }) {
			open("/account?lang=" + language);
			assertThat(find("#session-warning").isDisplayed()).as("hidden until two minutes before the end").isFalse();
			restartTimer(125, 123);
			waitUntil("!document.getElementById('session-warning').hidden");
			assertThat(find("#session-warning").getText()).contains(language.equals("fr")
					? "votre session se fermera dans 2 minutes" : "your session will close in 2 minutes");
			checkPage("session-warning-" + language);

			find("#session-warning button").click();
			waitUntil("document.getElementById('session-warning').hidden");
			assertThat(browser.getCurrentUrl()).as("stayed on the page").endsWith("/account?lang=" + language);
		}

		open("/account?lang=fr");
		restartTimer(3, 2);
		waitUntil("!document.querySelector('.session-warning-ended').hidden");
		assertThat(find("#session-warning").getText()).contains("Votre session s’est fermée").contains("Se reconnecter");
		checkPage("session-ended-fr");
	}

	/** Loads /js/session.js again, the page's warning set to these figures (seconds). */
	private void restartTimer(int idleSeconds, int warnSeconds) {
		script("""
				const warning = document.getElementById('session-warning');
				warning.setAttribute('data-idle-seconds', arguments[0]);
				warning.setAttribute('data-warn-seconds', arguments[1]);
				const again = document.createElement('script');
				again.src = document.querySelector('script[src*="/js/session"]').src + '?again=' + Date.now();
				document.head.appendChild(again);""", String.valueOf(idleSeconds), String.valueOf(warnSeconds));
	}

	private void waitUntil(String condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(driver -> Boolean.TRUE.equals(script("return " + condition + ";")));
	}

}
