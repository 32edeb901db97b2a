package be.femmesetsante.sesu.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys as a person uses them, in a real Chromium whose virtual authenticator stands for the
 * phone or the laptop (CTAP2, built in, discoverable keys, the person verified by it): a staff member
 * adds a passkey in "Mon compte", signs out, and signs in with the passkey alone (no code is mailed);
 * a disabled account is refused; after an admin resets the second factor, the passkey no longer
 * works and the password and the code still do. Every page passes axe at 360 and 1280 px, in French
 * and in English.
 */
class PasskeyBrowserTest extends BrowserTest {

	static final String PASSWORD = "une clé vaut mieux que deux codes";

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignInThrottle throttle;

	@Test
	void staffAddAPasskeyThenSignInWithItAloneUntilAnAdminResetsTheirSecondFactor() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		PortalUser staff = accounts.createWithPassword("cle-" + run + "@femmesetsante-test.be", "Sacha Clé", Role.STAFF,
				PASSWORD);
		PortalUser admin = accounts.createWithPassword("admin-cle-" + run + "@femmesetsante-test.be", "Ada Admin",
				Role.ADMIN, PASSWORD);
		VirtualAuthenticator authenticator = authenticators().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));
		try {
			signInWithPasswordAndCode(staff.email(), PASSWORD);
			open("/account?lang=fr");
			assertThat(find("#passkeys-heading").getText()).isEqualTo("Clés d’accès");
			assertThat(find("#passkeys-none").getText()).isEqualTo("Vous n’avez pas encore de clé d’accès.");
			assertThat(find("#passkey-form").isDisplayed()).as("this browser can make passkeys").isTrue();
			assertThat(find("#passkey-unsupported").isDisplayed()).isFalse();
			checkPage("passkeys-none-fr");

			// No name: the field says what to do, nothing is asked of the device.
			find("#passkey-form button[type=submit]").click();
			waitUntilShown("#passkey-error");
			assertThat(find("#passkey-error").getText()).contains("Donnez à la clé un nom de 1 à 60 caractères");
			assertThat(find("#passkey-label").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(authenticator.getCredentials()).isEmpty();
			checkPage("passkeys-label-error-fr");

			find("#passkey-label").sendKeys("Ordinateur du bureau");
			clickAndWait("#passkey-form button[type=submit]");
			assertThat(browser.getCurrentUrl()).contains("/account?passkeyAdded");
			assertThat(find("#passkey-added").getText()).startsWith("Clé d’accès ajoutée.");
			assertThat(find("#passkeys").getText()).contains("Ordinateur du bureau").contains("Jamais");
			assertThat(authenticator.getCredentials()).hasSize(1);
			assertThat(jdbc.queryForObject("""
					select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
					where u.name = ? and c.label = 'Ordinateur du bureau' and c.uv_initialized""", Integer.class,
					staff.email())).isEqualTo(1);
			checkPage("passkeys-one-fr");

			// The same device again: the browser refuses, the page says why and what to do.
			find("#passkey-label").sendKeys("Encore le même");
			find("#passkey-form button[type=submit]").click();
			waitUntilShown("#passkey-problem");
			assertThat(find("#passkey-problem").getText()).contains("Cet appareil a déjà une clé d’accès pour votre compte");
			checkPage("passkeys-exists-fr");
			signOut();

			// Signing in with the passkey alone: no address, no password, no code mailed.
			int mailsBefore = TestMailbox.mailsTo(staff.email()).size();
			open("/login?lang=fr");
			assertThat(find("#passkey-sign-in").isDisplayed()).isTrue();
			assertThat(find("#passkey-sign-in-button").getText()).isEqualTo("Se connecter avec une clé d’accès");
			checkPage("login-passkey-fr");
			clickAndWait("#passkey-sign-in-button");
			assertThat(heading()).as("staff land on the inbox").isEqualTo("Demandes reçues");
			open("/account");
			assertThat(heading()).contains("Sacha Clé");
			assertThat(find("#passkeys").getText()).contains("Ordinateur du bureau").doesNotContain("Jamais");
			open("/account?lang=en");
			assertThat(find("#passkeys-heading").getText()).isEqualTo("Passkeys");
			checkPage("passkeys-one-en");
			open("/login?lang=en");
			assertThat(find("#passkey-sign-in-button").getText()).isEqualTo("Sign in with a passkey");
			checkPage("login-passkey-en");
			open("/account?lang=fr");
			signOut();
			sleepASecond();
			assertThat(TestMailbox.mailsTo(staff.email())).as("no code was mailed for the passkey sign-in")
				.hasSize(mailsBefore);
			assertThat(jdbc.queryForObject(
					"select count(*) from audit_event where actor_account_id = ? and action = 'SIGN_IN' and detail = 'PASSKEY'",
					Integer.class, staff.accountId())).as("the audit trail names the passkey").isEqualTo(1);

			// A disabled account is refused, passkey or not.
			administration.disable(admin, staff.accountId());
			open("/login");
			find("#passkey-sign-in-button").click();
			waitUntilShown("#passkey-sign-in-problem");
			assertThat(find("#passkey-sign-in-problem").getText()).contains("Cette clé d’accès n’a pas été acceptée");
			assertThat(browser.getCurrentUrl()).endsWith("/login");
			checkPage("login-passkey-refused-fr");
			administration.enable(admin, staff.accountId());

			// The admin resets the second factor: the passkey no longer opens the account.
			administration.resetSecondFactor(admin, staff.accountId());
			open("/login");
			find("#passkey-sign-in-button").click();
			waitUntilShown("#passkey-sign-in-problem");
			assertThat(find("#passkey-sign-in-problem").getText()).contains("Cette clé d’accès n’a pas été acceptée")
				.contains("mot de passe et le code");
			open("/casework/inbox");
			assertThat(browser.getCurrentUrl()).as("not signed in").endsWith("/login");

			// The password and the code still work, and Mon compte lists no passkey any more.
			signInWithPasswordAndCode(staff.email(), PASSWORD);
			assertThat(heading()).isEqualTo("Demandes reçues");
			open("/account");
			assertThat(find("#passkeys-none").isDisplayed()).isTrue();
			signOut();
		}
		finally {
			authenticators().removeVirtualAuthenticator(authenticator);
			jdbc.update("delete from account where id = ?", admin.accountId());
		}
	}

	@Test
	void removingAPasskeyAsksFirstThenItNoLongerSignsIn() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		PortalUser partner = accounts.createWithPassword("oss-cle-" + run + "@femmesetsante-test.be", "Noor Clé",
				Role.PARTNER, PASSWORD);
		VirtualAuthenticator authenticator = authenticators().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));
		try {
			signInWithPasswordAndCode(partner.email(), PASSWORD);
			open("/account?lang=fr");
			find("#passkey-label").sendKeys("Téléphone");
			clickAndWait("#passkey-form button[type=submit]");
			assertThat(find("#passkeys").getText()).contains("Téléphone");

			clickAndWait("#passkeys a[href*='/delete']");
			assertThat(heading()).startsWith("Supprimer la clé d’accès «").contains("Téléphone").endsWith("?");
			checkPage("passkey-delete-fr");
			clickAndWait("main a[href$='/account']");
			assertThat(find("#passkeys").getText()).as("kept").contains("Téléphone");

			clickAndWait("#passkeys a[href*='/delete']");
			clickAndWait("#passkey-delete-form button[type=submit]");
			assertThat(find("main").getText()).contains("Clé d’accès supprimée");
			assertThat(find("#passkeys-none").isDisplayed()).isTrue();
			checkPage("passkeys-removed-fr");
			open("/account?lang=en");
			open("/account?lang=fr");
			signOut();

			open("/login");
			find("#passkey-sign-in-button").click();
			waitUntilShown("#passkey-sign-in-problem");
			assertThat(find("#passkey-sign-in-problem").getText()).contains("Cette clé d’accès n’a pas été acceptée");
		}
		finally {
			authenticators().removeVirtualAuthenticator(authenticator);
		}
	}

	/**
	 * Too many passkey steps from one address (SignInThrottle's allowance, spent here through the real
	 * buckets): the sign-in page says so and what to do instead, in both languages.
	 */
	@Test
	void tooManyPasskeyTriesFromOneAddressAreToldWhatToDo() {
		VirtualAuthenticator authenticator = authenticators().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));
		try {
			for (String address : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
				for (int i = 0; i < SignInThrottle.PASSKEY_STEPS_PER_IP; i++) {
					throttle.tryPasskeyStep(address);
				}
			}
			open("/login?lang=fr");
			find("#passkey-sign-in-button").click();
			waitUntilShown("#passkey-sign-in-problem");
			assertThat(find("#passkey-sign-in-problem").getText())
				.contains("Trop de tentatives avec une clé d’accès depuis ce réseau")
				.contains("connectez-vous avec votre mot de passe");
			assertThat(find("#passkey-sign-in-button").isEnabled()).isTrue();
			checkPage("login-passkey-throttled-fr");
			open("/login?lang=en");
			find("#passkey-sign-in-button").click();
			waitUntilShown("#passkey-sign-in-problem");
			assertThat(find("#passkey-sign-in-problem").getText()).contains("Too many sign-in attempts");
			checkPage("login-passkey-throttled-en");
		}
		finally {
			authenticators().removeVirtualAuthenticator(authenticator);
			jdbc.update("delete from rate_limit_bucket where id like 'passkey:ip:%'");
		}
	}

	/** Without passkey support in the browser, the button stays hidden and the password form works as before. */
	@Test
	void withoutPasskeySupportTheSignInPageIsTheSameAsBefore() {
		WebDriver other = newBrowser();
		try {
			// A browser without WebAuthn: gone before any script of the page runs.
			((ChromiumDriver) unwrapped(other)).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", "delete window.PublicKeyCredential;"));
			other.get(url("/login?lang=fr"));
			new WebDriverWait(other, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return document.readyState === 'complete' && !window.PublicKeyCredential;")));
			assertThat(other.findElement(By.id("passkey-sign-in")).isDisplayed()).isFalse();
			assertThat(other.findElement(By.id("password")).isDisplayed()).isTrue();
			assertThat(other.findElement(By.id("email")).isDisplayed()).isTrue();
		}
		finally {
			quit(other);
		}
	}

	private static WebDriver unwrapped(WebDriver driver) {
		return driver instanceof WrapsDriver wrapper ? wrapper.getWrappedDriver() : driver;
	}

	private static HasVirtualAuthenticator authenticators() {
		return (HasVirtualAuthenticator) unwrapped(browser);
	}

	private void waitUntilShown(String selector) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> find(selector).isDisplayed());
	}

	private static void sleepASecond() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
