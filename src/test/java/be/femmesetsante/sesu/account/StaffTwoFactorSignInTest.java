package be.femmesetsante.sesu.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's two-factor sign-in through the real filter chain, real accounts, real PostgreSQL and
 * the real mails (GreenMail): password, then the 6-digit code mailed to that account.
 */
@IntegrationTest
class StaffTwoFactorSignInTest {

	static final String PASSWORD = "une longue phrase pour l’équipe";

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactorCodes codes;

	@Autowired
	OneTimeTokenService links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePasswordAloneReachesNoStaffPageThePasswordAndTheMailedCodeDo() throws Exception {
		PortalUser staff = accounts.createWithPassword("deux.facteurs@femmesetsante-test.be", "Dominique", Role.STAFF,
				PASSWORD);
		SignInSession browser = new SignInSession(mvc, "10.20.0.1");

		MockHttpServletResponse password = browser.signInWithPassword(staff.email(), PASSWORD);
		assertThat(password.getRedirectedUrl()).isEqualTo("/login/code");
		MockHttpServletResponse account = browser.get("/account");
		assertThat(account.getStatus()).isEqualTo(302);
		assertThat(account.getRedirectedUrl()).as("password alone: sent to the code page").startsWith("/login/code");
		MockHttpServletResponse codePage = browser.get("/login/code");
		assertThat(codePage.getStatus()).isEqualTo(200);
		assertThat(codePage.getContentAsString()).contains("Entrez le code reçu par e-mail").contains("d••••••s@femmesetsante-test.be");

		String code = codeInMail(staff.email(), 1);
		MockHttpServletResponse second = browser.post("/login/ott", "token", code);
		assertThat(second.getRedirectedUrl()).as("the page asked for first").endsWith("/account?continue");
		MockHttpServletResponse signedIn = browser.get("/account");
		assertThat(signedIn.getStatus()).isEqualTo(200);
		assertThat(signedIn.getContentAsString()).contains("Dominique");
		assertThat(browser.get("/login/code").getRedirectedUrl()).as("no code page once both factors are in")
			.endsWith("/login");
	}

	@Test
	void aCodeWorksOnceOnlyAndOnlyWithinTenMinutes() throws Exception {
		PortalUser staff = accounts.createWithPassword("une.fois@femmesetsante-test.be", "Une Fois", Role.PARTNER,
				PASSWORD);
		SignInSession first = new SignInSession(mvc, "10.21.0.1");
		first.signInWithPassword(staff.email(), PASSWORD);
		String used = codeInMail(staff.email(), 1);
		assertThat(first.post("/login/ott", "token", used).getRedirectedUrl()).contains("/casework/inbox");

		SignInSession second = new SignInSession(mvc, "10.21.0.2");
		second.signInWithPassword(staff.email(), PASSWORD);
		String fresh = codeInMail(staff.email(), 2);
		if (!fresh.equals(used)) {
			assertThat(second.post("/login/ott", "token", used).getRedirectedUrl()).as("a used code")
				.isEqualTo("/login/code?error");
		}
		// Ten minutes later: the code is expired.
		jdbc.update("update second_factor_code set expires_at = now() - interval '1 second' where username = ?",
				staff.email());
		assertThat(second.post("/login/ott", "token", fresh).getRedirectedUrl()).as("an expired code")
			.isEqualTo("/login/code?error");
		assertThat(second.get("/account").getRedirectedUrl()).startsWith("/login/code");
		assertThat(second.get("/login/code?error=").getContentAsString()).contains("Ce code ne fonctionne pas")
			.doesNotContain("Entrez le code reçu par e-mail".repeat(2));

		// A new code, asked from the code page, works once.
		assertThat(second.post("/login/code/resend").getRedirectedUrl()).isEqualTo("/login/code?resent");
		String renewed = codeInMail(staff.email(), 3);
		assertThat(second.post("/login/ott", "token", renewed).getRedirectedUrl()).contains("/account");
		assertThat(second.get("/account").getStatus()).isEqualTo(200);

		// The service itself: consumed once, then nothing.
		var token = codes.generate(new GenerateOneTimeTokenRequest("service@femmesetsante-test.be",
				java.time.Duration.ofMinutes(10)));
		assertThat(token.getTokenValue()).matches("\\d{6}");
		var presented = OneTimeTokenAuthenticationToken.unauthenticated("service@femmesetsante-test.be",
				token.getTokenValue());
		assertThat(codes.consume(presented)).isNotNull();
		assertThat(codes.consume(presented)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from second_factor_code where code_hash = ?", Integer.class,
				token.getTokenValue())).as("only a hash is stored").isZero();
	}

	/** (No admin is created here: the first-admin set-up test needs a database without one.) */
	@Test
	void aCodeOnlyCountsForTheAccountThatPassedItsPassword() throws Exception {
		PortalUser alex = accounts.createWithPassword("alex.code@femmesetsante-test.be", "Alex", Role.STAFF, PASSWORD);
		PortalUser sam = accounts.createWithPassword("sam.code@femmesetsante-test.be", "Sam", Role.PARTNER, PASSWORD);
		SignInSession alexBrowser = new SignInSession(mvc, "10.22.0.1");
		SignInSession samBrowser = new SignInSession(mvc, "10.22.0.2");
		alexBrowser.signInWithPassword(alex.email(), PASSWORD);
		samBrowser.signInWithPassword(sam.email(), PASSWORD);
		String alexCode = codeInMail(alex.email(), 1);
		String samCode = codeInMail(sam.email(), 1);

		if (!samCode.equals(alexCode)) {
			assertThat(alexBrowser.post("/login/ott", "token", samCode).getRedirectedUrl())
				.as("Sam's code in Alex's sign-in").isEqualTo("/login/code?error");
		}
		assertThat(alexBrowser.get("/account").getRedirectedUrl()).startsWith("/login/code");

		// Without a password first, a code is nothing: not a sign-in link, not a second factor.
		SignInSession stranger = new SignInSession(mvc, "10.22.0.3");
		assertThat(stranger.post("/login/ott", "token", samCode).getRedirectedUrl()).isEqualTo("/login?linkExpired");
		assertThat(stranger.get("/account").getRedirectedUrl()).endsWith("/login");

		assertThat(samBrowser.post("/login/ott", "token", samCode).getRedirectedUrl()).contains("/casework/inbox");
		MockHttpServletResponse samAccount = samBrowser.get("/account");
		assertThat(samAccount.getStatus()).as("→ %s", samAccount.getRedirectedUrl()).isEqualTo(200);
		assertThat(alexBrowser.post("/login/ott", "token", alexCode).getRedirectedUrl()).contains("/account");
	}

	@Test
	void fiveWrongCodesThrowTheCodeAway() throws Exception {
		PortalUser staff = accounts.createWithPassword("devine@femmesetsante-test.be", "Devine", Role.STAFF, PASSWORD);
		SignInSession browser = new SignInSession(mvc, "10.23.0.1");
		browser.signInWithPassword(staff.email(), PASSWORD);
		String code = codeInMail(staff.email(), 1);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < SecondFactorCodes.MAX_ATTEMPTS; i++) {
			assertThat(browser.post("/login/ott", "token", wrong).getRedirectedUrl()).isEqualTo("/login/code?error");
		}
		assertThat(browser.post("/login/ott", "token", code).getRedirectedUrl()).as("the right code, too late")
			.isEqualTo("/login/code?error");
	}

	@Test
	void aProfessionalStillSignsInWithTheLinkAloneButStaffCannot() throws Exception {
		SignInSession professional = new SignInSession(mvc, "10.24.0.1");
		String email = "pro.lien@exemple-planning.be";
		assertThat(professional.post("/login/link", "username", email).getRedirectedUrl()).endsWith("/login/link-sent");
		String link = TestMailbox.signInLink(email, 1);
		String token = link.substring(link.indexOf("token=") + "token=".length());
		assertThat(professional.post("/login/ott", "token", token).getRedirectedUrl()).endsWith("/requests");
		assertThat(professional.get("/account").getStatus()).as("one factor is enough for a professional")
			.isEqualTo(200);
		assertThat(professional.get("/my-data").getStatus()).isEqualTo(200);

		// A link made for a staff address (none is ever mailed) signs nobody in.
		PortalUser staff = accounts.createWithPassword("lien.seul@femmesetsante-test.be", "Lien", Role.STAFF, PASSWORD);
		String staffLink = links.generate(new GenerateOneTimeTokenRequest(staff.email())).getTokenValue();
		SignInSession intruder = new SignInSession(mvc, "10.24.0.2");
		assertThat(intruder.post("/login/ott", "token", staffLink).getRedirectedUrl()).isEqualTo("/login?linkExpired");
		assertThat(intruder.get("/account").getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theEleventhWrongPasswordWithinTheWindowIsRefusedAndSoIsTheRightOneUntilTheWindowPasses() throws Exception {
		PortalUser staff = accounts.createWithPassword("essais@femmesetsante-test.be", "Essais", Role.STAFF, PASSWORD);
		for (int i = 1; i <= 10; i++) {
			SignInSession attempt = new SignInSession(mvc, "10.25.0." + i);
			assertThat(attempt.signInWithPassword(staff.email(), "mauvais mot de passe " + i).getRedirectedUrl())
				.as("failure %d", i).isEqualTo("/login?error");
		}
		SignInSession eleventh = new SignInSession(mvc, "10.25.1.1");
		assertThat(eleventh.signInWithPassword(staff.email(), "encore un mauvais essai").getRedirectedUrl())
			.isEqualTo("/login?throttled");
		String page = eleventh.get("/login?throttled").getContentAsString();
		assertThat(page).contains("Trop d’essais de mot de passe").contains("réessayez dans 15 minutes")
			.contains("value=\"essais@femmesetsante-test.be\"");

		SignInSession rightPassword = new SignInSession(mvc, "10.25.1.2");
		assertThat(rightPassword.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl())
			.as("the right password is refused too while the window lasts").isEqualTo("/login?throttled");
		assertThat(rightPassword.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(TestMailbox.mailsTo(staff.email())).as("no code was sent").isEmpty();

		// When the window has passed (its buckets are full again and removed), the password works.
		jdbc.update("delete from rate_limit_bucket where id = ?", "password:email:" + staff.email());
		assertThat(rightPassword.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
	}

	@Test
	void aSuccessfulSignInIsNotCountedAndOneIpAddressCannotTryManyAddresses(@Autowired SignInThrottle throttle)
			throws Exception {
		PortalUser staff = accounts.createWithPassword("souvent@femmesetsante-test.be", "Souvent", Role.STAFF, PASSWORD);
		for (int i = 0; i < 12; i++) {
			assertThat(new SignInSession(mvc, "10.26.0.1").signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl())
				.as("sign-in %d", i + 1).isEqualTo("/login/code");
		}
		for (int i = 0; i < SignInThrottle.PASSWORD_FAILURES_PER_IP; i++) {
			throttle.recordPasswordFailure("cible" + i + "@exemple-ip.be", "10.26.0.2", null);
		}
		assertThat(throttle.mayTryPassword("nouvelle@exemple-ip.be", "10.26.0.2", null).allowed()).isFalse();
		assertThat(throttle.mayTryPassword("nouvelle@exemple-ip.be", "10.26.0.3", null).allowed()).isTrue();
	}

	private static String codeInMail(String email, int count) {
		String body = TestMailbox.body(TestMailbox.awaitMail(email, count));
		Matcher code = CODE.matcher(body);
		assertThat(code.find()).as("a 6-digit code in: %s", body).isTrue();
		return code.group(1);
	}

}
