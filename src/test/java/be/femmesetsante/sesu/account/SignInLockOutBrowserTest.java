package be.femmesetsante.sesu.account;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;

import be.femmesetsante.sesu.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The friendly 429 pages of the team's sign-in, in a real Chromium, French first then English, at
 * phone and desktop width (screenshots under {@code target/screenshots/}): the address's wrong
 * passwords spent by a stranger, the account's wrong codes spent, too many codes mailed. And the
 * owner still gets in: their own browser (it completed a sign-in before: the device cookie) is
 * counted on its own while the stranger's guessing stays refused.
 * <p>
 * Every guess made here is counted against other IP addresses through {@link SignInThrottle}
 * (the browser's is 127.0.0.1, shared by every browser test), so no other test is slowed.
 */
class SignInLockOutBrowserTest extends BrowserTest {

	static final String PASSWORD = "la clé du local est sous le pot";

	@Autowired
	Accounts accounts;

	@Autowired
	SignInThrottle throttle;

	@Test
	void aStrangersWrongPasswordsLockTheAddressButNotTheOwnersOwnBrowser() {
		PortalUser owner = accounts.createWithPassword("proprietaire.verrou@femmesetsante-test.be", "Dominique Verrou",
				Role.STAFF, PASSWORD);
		// The owner signed in from this browser before: it holds the device cookie (sent to /login only).
		signInWithPasswordAndCode(owner.email(), PASSWORD);
		assertThat(heading()).isEqualTo("Demandes reçues");
		signOut();
		open("/login");
		Cookie device = browser.manage().getCookieNamed(KnownDevices.COOKIE);
		assertThat(device).as("the device cookie, after a completed sign-in").isNotNull();
		assertThat(device.isHttpOnly()).isTrue();

		// A stranger who knows the address tries ten passwords, from elsewhere.
		for (int i = 0; i < SignInThrottle.PASSWORD_FAILURES_PER_ADDRESS; i++) {
			throttle.recordPasswordFailure(owner.email(), "10.46.0." + i, null);
		}
		// Another browser (no device cookie): even the right password is not checked.
		browser.manage().deleteAllCookies();
		typePassword("fr", owner.email());
		assertThat(status()).isEqualTo(429);
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#password-throttled").getText()).contains("Trop d’essais de mot de passe")
			.contains("réessayez dans 15 minutes");
		assertThat(find("#email").getAttribute("value")).as("the address typed is kept").isEqualTo(owner.email());
		checkPage("lockout-password-fr");
		typePassword("en", owner.email());
		assertThat(status()).isEqualTo(429);
		assertThat(find("#password-throttled").getText()).contains("Too many password attempts")
			.contains("try again in 15 minutes");
		checkPage("lockout-password-en");
		open("/?lang=fr");

		// The owner's own browser: password, code, in.
		open("/login");
		browser.manage().addCookie(device);
		signInWithPasswordAndCode(owner.email(), PASSWORD);
		assertThat(heading()).as("the owner gets in despite the stranger").isEqualTo("Demandes reçues");
		signOut();
		// And the stranger's guessing stays refused (the cookies deleted from /login, where the device's is seen).
		open("/login");
		browser.manage().deleteAllCookies();
		typePassword("fr", owner.email());
		assertThat(status()).isEqualTo(429);
		assertThat(find("#password-throttled").isDisplayed()).isTrue();
	}

	@Test
	void tooManyWrongCodesAnswerTheFriendly429PageThenTheOwnerGetsInWhenTheWindowHasPassed() {
		PortalUser owner = accounts.createWithPassword("codes.verrou@femmesetsante-test.be", "Alix Code", Role.PARTNER,
				PASSWORD);
		// Whoever knows the password spent the account's wrong codes, across codes and addresses.
		for (int i = 0; i < SignInThrottle.CODE_FAILURES_PER_ACCOUNT; i++) {
			throttle.recordCodeFailure(owner.email(), "10.47.0." + i);
		}
		typePassword("fr", owner.email());
		find("#code").sendKeys(mailedCode(owner.email(), 1));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(status()).isEqualTo(429);
		assertThat(find("main").getText()).contains("Trop de codes erronés").contains("60 minutes")
			.contains("prévenez l’admin");
		assertThat(browser.findElements(org.openqa.selenium.By.id("code"))).as("no code form that cannot work").isEmpty();
		assertThat(find("main a[href$='/login/code']").getText()).isEqualTo("Entrer un code une fois ce délai passé");
		checkPage("lockout-wrong-codes-fr");
		open("/login/code?lang=en");
		assertThat(find("main").getText()).as("said once, then the plain code page").doesNotContain("Too many wrong codes");
		find("#code").sendKeys(mailedCode(owner.email(), 1));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(status()).isEqualTo(429);
		assertThat(find("main").getText()).contains("Too many wrong codes").contains("tell your team’s admin");
		assertThat(browser.findElements(org.openqa.selenium.By.id("code"))).isEmpty();
		checkPage("lockout-wrong-codes-en");
		clickAndWait("main a[href$='/login/code']");
		assertThat(find("#code").isDisplayed()).as("the way back: the plain code page").isTrue();
		assertThat(browser.getCurrentUrl()).contains("/login/code");
		open("/account");
		assertThat(browser.getCurrentUrl()).as("still not signed in").contains("/login");

		// When the hour has passed (the bucket is full again and removed by the clean-up), the owner gets in.
		jdbc().update("delete from rate_limit_bucket where id = ?", "code:email:" + owner.email());
		open("/?lang=fr");
		signInWithPasswordAndCode(owner.email(), PASSWORD);
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
		signOut();
	}

	@Test
	void tooManyCodesMailedAnswerTheFriendly429PageAndTheLastCodeStillWorks() {
		PortalUser owner = accounts.createWithPassword("boite.verrou@femmesetsante-test.be", "Sacha Boîte", Role.ADMIN,
				PASSWORD);
		typePassword("fr", owner.email());
		String lastCode = mailedCode(owner.email(), 1);
		// Someone who knows the password asked for codes again and again, from elsewhere.
		for (int i = 1; i < SignInThrottle.CODES_PER_ACCOUNT; i++) {
			assertThat(throttle.tryIssueCode(owner.email(), "10.48.0." + i).allowed()).isTrue();
		}
		clickAndWait("form[action$='/login/code/resend'] button[type=submit]");
		assertThat(status()).isEqualTo(429);
		assertThat(find("main").getText()).contains("Plusieurs codes ont déjà été demandés")
			.contains("Le dernier code reçu reste valable");
		checkPage("lockout-codes-sent-fr");
		open("/login/code?lang=en");
		clickAndWait("form[action$='/login/code/resend'] button[type=submit]");
		assertThat(status()).isEqualTo(429);
		assertThat(find("main").getText()).contains("Several codes were asked for");
		checkPage("lockout-codes-sent-en");
		open("/?lang=fr");
		open("/login/code");

		find("#code").sendKeys(lastCode);
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("the owner gets in with the last code received").doesNotContain("/login");
		signOut();
	}

	/** The HTTP status of the page the browser shows (Chromium's navigation timing). */
	private long status() {
		return (Long) script("return performance.getEntriesByType('navigation')[0].responseStatus;");
	}

	/** The sign-in page in this language, the address and the password typed and sent. */
	private void typePassword(String language, String email) {
		open("/login?lang=" + language);
		find("#email").sendKeys(email);
		find("#password").sendKeys(PASSWORD);
		clickAndWait("form[action$='/login'] button[type=submit]");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private org.springframework.jdbc.core.JdbcTemplate jdbc() {
		return jdbcTemplate;
	}

}
