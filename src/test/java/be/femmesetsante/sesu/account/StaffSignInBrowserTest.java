package be.femmesetsante.sesu.account;

import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in as people would, in French and in English: the password, then the 6-digit code
 * from the mail (a real SMTP server, GreenMail). Every sign-in page passes axe at phone and desktop width.
 */
class StaffSignInBrowserTest extends BrowserTest {

	static final String PASSWORD = "le thé du matin au bureau";

	@Autowired
	Accounts accounts;

	@Autowired
	SignInThrottle throttle;

	@Test
	void staffSignInWithThePasswordThenTheMailedCodeInFrenchAndInEnglish() {
		PortalUser staff = accounts.createWithPassword("charge.projet@femmesetsante-test.be", "Charlie Dupont",
				Role.STAFF, PASSWORD);

		typePassword("fr", staff.email());
		assertThat(heading()).isEqualTo("Entrez le code reçu par e-mail");
		assertThat(find("main").getText()).contains("c••••••t@femmesetsante-test.be");
		checkPage("code-fr");

		String code = mailedCode(staff.email(), 1);
		find("#code").sendKeys(code.equals("000000") ? "111111" : "000000");
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#error-summary").getText()).contains("Ce code ne fonctionne pas");
		assertThat(find("#code").getAttribute("aria-invalid")).isEqualTo("true");
		checkPage("code-error-fr");

		find("#code").sendKeys(code);
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(heading()).as("staff land on the inbox").isEqualTo("Demandes reçues");
		signOut();

		typePassword("en", staff.email());
		assertThat(heading()).isEqualTo("Enter the code we e-mailed you");
		checkPage("code-en");
		assertThat(TestMailbox.subject(TestMailbox.awaitMail(staff.email(), 2))).contains("sign-in code");

		// Asking for a new code: the previous one stops working.
		clickAndWait("form[action$='/login/code/resend'] button[type=submit]");
		assertThat(find("main").getText()).contains("A new code has just been sent");
		checkPage("code-resent-en");
		find("#code").sendKeys(mailedCode(staff.email(), 3));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(heading()).isEqualTo("Incoming requests");
		signOut();
		open("/?lang=fr");
	}

	@Test
	void afterTooManyWrongPasswordsTheSignInPageSaysWhenToTryAgain() {
		PortalUser staff = accounts.createWithPassword("trop.essais@femmesetsante-test.be", "Camille Essai",
				Role.PARTNER, PASSWORD);
		for (int i = 0; i < SignInThrottle.PASSWORD_FAILURES_PER_ADDRESS; i++) {
			throttle.recordPasswordFailure(staff.email(), "10.30.0." + i, null);
		}

		typePassword("en", staff.email());
		assertThat(browser.getTitle()).startsWith("Error: ");
		assertThat(find("#password-throttled").getText()).contains("Too many password attempts")
			.contains("try again in 15 minutes");
		assertThat(find("#email").getAttribute("value")).isEqualTo(staff.email());
		checkPage("login-throttled-en");

		typePassword("fr", staff.email());
		assertThat(find("#password-throttled").getText()).contains("Trop d’essais de mot de passe")
			.contains("réessayez dans 15 minutes");
		checkPage("login-throttled-fr");
	}

	/** The sign-in page in this language (checked with axe), the address and the password typed and sent. */
	private void typePassword(String language, String email) {
		open("/login?lang=" + language);
		checkPage("login-" + language);
		find("#email").sendKeys(email);
		find("#password").sendKeys(PASSWORD);
		clickAndWait("form[action$='/login'] button[type=submit]");
	}

}
