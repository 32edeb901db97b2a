package be.femmesetsante.sesu.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;

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
		clickAndWait("form[action$='/organisation'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith(fr ? "Erreur\u00a0: " : "Error: ");
		assertThat(find("#outside-area").getText()).contains("sesu@femmesetsante.be");
		assertThat(find("#name").getAttribute("value")).isEqualTo("Maison médicale Le Pont");
		assertThat(find("#street").getAttribute("value")).isEqualTo("Rue du Pont 3");
		assertThat(find("#postalCode").getAttribute("value")).isEqualTo("9000");
		assertThat(new Select(find("#sector")).getFirstSelectedOption().getAttribute("value")).isEqualTo("MAISON_MEDICALE");
		checkPage("organisation-flanders-" + lang);

		type("#postalCode", "1000");
		type("#municipality", "Bruxelles");
		clickAndWait("form[action$='/organisation'] button[type=submit]");
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
		clickAndWait("button[name=action][value=submit]");
		assertThat(browser.getTitle()).startsWith(fr ? "Erreur\u00a0: " : "Error: ");
		assertThat(find("#error-summary a[href='#description']").getText()).isNotBlank();
		assertThat(find("#title").getAttribute("value")).isEqualTo("Relecture de nos affiches");
		assertThat(find("#kinds2").isSelected()).isTrue();
		assertThat(find("#privacyAccepted1").isSelected()).isTrue();
		checkPage("request-form-error-" + lang);

		type("#description", "Nos affiches de prévention parlent-elles à toutes et tous ?");
		clickAndWait("button[name=action][value=submit]");
		assertThat(browser.getCurrentUrl()).matches(".*/requests/SESU-\\d{4}-\\d+/sent$");
		String reference = find(".reference").getText();
		checkPage("request-sent-" + lang);

		clickAndWait(".main-nav a[href$='/requests']");
		assertThat(find("main").getText()).contains(reference).contains("Relecture de nos affiches");
		checkPage("requests-list-" + lang);

		clickAndWait("a[href$='/requests/" + reference + "']");
		assertThat(heading()).isEqualTo("Relecture de nos affiches");
		checkPage("request-detail-" + lang);

		// A message and a document for the team, on the request's page.
		type("#message-body", fr ? "Voici nos affiches, merci !" : "Here are our posters, thank you!");
		clickAndWait("form[action*='/messages'] button[type=submit]");
		assertThat(find(".thread").getText()).contains(fr ? "Voici nos affiches, merci !" : "Here are our posters, thank you!");
		find("#document-file").sendKeys(posterPdf().toString());
		clickAndWait("form[action*='/documents'] button[type=submit]");
		assertThat(find(".thread").getText()).contains("affiche.pdf");
		String documentUrl = find(".thread a[href*='/documents/']").getAttribute("href");
		String requestUrl = browser.getCurrentUrl();
		checkPage("request-thread-" + lang);

		type("#reason", fr ? "Nous avons trouvé une autre aide." : "We found other support.");
		clickAndWait(".withdraw-box button[type=submit]");
		assertThat(find(".status").getText()).isEqualTo(fr ? "Retirée" : "Withdrawn");
		assertThat(find(".timeline").getText()).contains(fr ? "Nous avons trouvé une autre aide." : "We found other support.");
		checkPage("request-withdrawn-" + lang);

		clickAndWait(".main-nav form[action$='/logout'] button[type=submit]");

		// A professional of another organisation: the request and its document do not exist for them.
		signInAsProfessional("other-" + lang + "-" + UUID.randomUUID() + "@example.org");
		browser.get(requestUrl);
		assertThat(heading()).isEqualTo(fr ? "Cette page n’existe pas" : "This page does not exist");
		browser.get(documentUrl);
		assertThat(heading()).isEqualTo(fr ? "Cette page n’existe pas" : "This page does not exist");
		signOut();
	}

	/** A small real PDF, as a professional would attach. */
	private static Path posterPdf() {
		try {
			Path file = Files.createTempDirectory("sesu-upload").resolve("affiche.pdf");
			Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
					+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void type(String selector, String text) {
		find(selector).clear();
		find(selector).sendKeys(text);
	}

}
