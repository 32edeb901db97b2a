package be.femmesetsante.sesu.web;

import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.testsupport.TestErrorRoutes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public face of the portal, in both languages, as a person on a phone or a laptop sees it. */
class PublicPagesBrowserTest extends BrowserTest {

	@Test
	void homePageInFrenchByDefaultThenEnglishRemembered() {
		browser.manage().deleteAllCookies();
		open("/");
		assertThat(find("html").getAttribute("lang")).isEqualTo("fr-BE");
		assertThat(heading()).contains("genre");
		assertThat(find("a.skip-link").getAttribute("href")).endsWith("#main");
		checkPage("home-fr");

		clickAndWait("a[hreflang='en']");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(heading()).isEqualTo("Bring gender into your health and social practice");
		checkPage("home-en");

		open("/privacy");
		assertThat(find("html").getAttribute("lang")).as("the language choice is remembered").isEqualTo("en");
		assertThat(heading()).isEqualTo("Data protection");
		checkPage("privacy-en");

		clickAndWait("a[hreflang='fr-BE']");
		assertThat(heading()).isEqualTo("Protection des données");
		checkPage("privacy-fr");
	}

	@Test
	void errorPagesSayWhatHappenedAndWhatToDoInBothLanguages() {
		for (String lang : new String[] { "fr", "en" }) {
			open("/?lang=" + lang);

			open("/setup?token=not-a-real-link");
			assertThat(browser.getTitle()).contains(lang.equals("fr") ? "Page introuvable" : "Page not found");
			assertThat(find("main").getText()).contains(lang.equals("fr") ? "Retourner à l’accueil" : "Back to the home page");
			checkPage("error-404-" + lang);

			// The firewall refuses a malformed address: our 400 page, not the server's.
			open("/;a=b/");
			assertThat(browser.getTitle()).contains(lang.equals("fr") ? "Demande incorrecte" : "Bad request");
			checkPage("error-400-" + lang);

			open(TestErrorRoutes.FAILING_PAGE);
			assertThat(browser.getTitle()).contains(lang.equals("fr") ? "Erreur du service" : "Service error");
			assertThat(browser.getPageSource()).doesNotContain("secret detail").doesNotContain("IllegalStateException")
				.doesNotContain("at be.femmesetsante");
			checkPage("error-500-" + lang);
		}
	}

}
