package be.femmesetsante.sesu.account;

import be.femmesetsante.sesu.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start: no default password exists; the link printed in the log lets the first admin
 * create their account, once, then sign in. Bad input is explained on the same page, typed text kept.
 */
class FirstAdminSetupBrowserTest extends BrowserTest {

	@Autowired
	FirstAdminSetup setup;

	@Autowired
	Accounts accounts;

	@Test
	void firstAdminCreatesTheirAccountWithTheOneTimeLinkThenSignsIn() {
		assertThat(accounts.adminExists()).as("a fresh database has no admin").isFalse();
		String link = setup.newLink();
		String path = link.substring(link.indexOf("/setup"));

		open("/?lang=fr");
		open(path);
		assertThat(heading()).isEqualTo("Créer le premier compte admin");
		checkPage("setup-fr");

		// Everything wrong at once: a summary at the top, a message at each field, the title says so.
		find("#displayName").sendKeys("Alex Dupont");
		find("#email").sendKeys("pas-une-adresse");
		find("#password").sendKeys("court");
		find("#passwordConfirmation").sendKeys("autre");
		clickAndWait("form.stacked-form button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#error-summary").getText()).contains("adresse e-mail n’est pas valide")
			.contains("au moins 12 caractères")
			.contains("pas identiques");
		assertThat(find("#displayName").getAttribute("value")).as("typed text is kept").isEqualTo("Alex Dupont");
		assertThat(find("#email").getAttribute("value")).isEqualTo("pas-une-adresse");
		assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
		checkPage("setup-errors-fr");

		find("#email").clear();
		find("#email").sendKeys("alex.admin@femmesetsante.be");
		find("#password").sendKeys("une phrase de passe assez longue");
		find("#passwordConfirmation").sendKeys("une phrase de passe assez longue");
		clickAndWait("form.stacked-form button[type=submit]");

		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(find("main").getText()).contains("Le compte admin est créé");
		assertThat(accounts.adminExists()).isTrue();

		// The link worked once: now it is a page that does not exist.
		open(path);
		assertThat(heading()).isEqualTo("Cette page n’existe pas");

		open("/login");
		find("#email").sendKeys("alex.admin@femmesetsante.be");
		find("#password").sendKeys("pas le bon mot de passe");
		clickAndWait("form[action$='/login'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#password-error-summary").getText()).contains("ne correspond pas");
		checkPage("login-error-fr");

		find("#password").sendKeys("une phrase de passe assez longue");
		clickAndWait("form[action$='/login'] button[type=submit]");
		// The password is the first factor; the second is the code mailed to the admin's address.
		assertThat(heading()).isEqualTo("Entrez le code reçu par e-mail");
		checkPage("code-admin-fr");
		find("#code").sendKeys(mailedCode("alex.admin@femmesetsante.be", 1));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(heading()).isEqualTo("Bonjour Alex Dupont");
		assertThat(find("main").getText()).contains("Admin");
		checkPage("account-admin-fr");

		// Signed in, but this page is not for this role: our 403 page, in both languages.
		open("/casework/inbox");
		assertThat(heading()).isEqualTo("Vous n’avez pas accès à cette page");
		checkPage("error-403-fr");
		open("/casework/inbox?lang=en");
		assertThat(heading()).isEqualTo("You do not have access to this page");
		checkPage("error-403-en");
		// An address nothing answers (the actuator shows only its health): not found, not "no access".
		open("/actuator/env");
		assertThat(heading()).isEqualTo("This page does not exist");

		open("/account");
		signOut();
		assertThat(find("main").getText()).contains("You are signed out");
		open("/?lang=fr");
	}

}
