package be.femmesetsante.sesu.account;

import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A professional signs in with the link the portal mails, in French and in English. */
class EmailLinkSignInBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Test
	void aFirstSignInByLinkCreatesTheProfessionalsAccount() {
		String email = "lien.premiere@planning-exemple.be";
		assertThat(accounts.findByEmail(email)).isEmpty();

		open("/login?lang=fr");
		checkPage("login-fr");
		find("#link-email").sendKeys("pas une adresse");
		clickAndWait("form[action$='/login/link'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#link-email").getAttribute("value")).as("typed text kept").isEqualTo("pas une adresse");
		assertThat(find("#error-summary").getText()).contains("adresse e-mail valide");
		checkPage("login-link-error-fr");

		find("#link-email").clear();
		find("#link-email").sendKeys(email);
		clickAndWait("form[action$='/login/link'] button[type=submit]");
		assertThat(heading()).isEqualTo("Vérifiez vos e-mails");
		checkPage("login-link-sent-fr");

		String mail = TestMailbox.body(TestMailbox.awaitMail(email, 1));
		assertThat(mail).contains("valable 10 minutes").contains("/login/ott?token=");
		assertThat(TestMailbox.subject(TestMailbox.awaitMail(email, 1)))
			.isEqualTo("Votre lien de connexion au Service support genre");

		browser.get(TestMailbox.signInLink(email, 1).replaceFirst("^https?://[^/]+", url("")));
		assertThat(heading()).isEqualTo("Vous y êtes presque");
		checkPage("login-link-confirm-fr");
		String confirmPage = browser.getCurrentUrl();
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("professionals land on their requests").endsWith("/requests");
		assertThat(heading()).isEqualTo("Mes demandes");
		assertThat(accounts.findByEmail(email)).get().extracting(PortalUser::role).isEqualTo(Role.PROFESSIONAL);
		signOut();

		// The link works once.
		browser.get(confirmPage);
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).contains("/login?linkExpired");
		assertThat(find("main").getText()).contains("a expiré ou a déjà servi");
		checkPage("login-link-expired-fr");
	}

	@Test
	void theLinkMailIsInTheLanguageOfThePage() {
		String email = "link.english@health-example.be";
		open("/login?lang=en");
		find("#link-email").sendKeys(email);
		clickAndWait("form[action$='/login/link'] button[type=submit]");
		assertThat(heading()).isEqualTo("Check your e-mail");
		checkPage("login-link-sent-en");
		assertThat(TestMailbox.subject(TestMailbox.awaitMail(email, 1))).isEqualTo("Your sign-in link to the Gender support service");

		signInAsProfessional(email);
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(heading()).isEqualTo("My requests");
		signOut();
		open("/?lang=fr");
	}

}
