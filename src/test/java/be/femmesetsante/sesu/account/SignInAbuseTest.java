package be.femmesetsante.sesu.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's sign-in under attack, through the real filter chain, real accounts, real PostgreSQL and
 * real mails (GreenMail): wrong codes and mailed codes are limited per account whatever the number
 * of passwords posted, ten wrong passwords typed by a stranger do not keep the owner out, every kind
 * of address costs the same hash work, and old hashes become Argon2id at sign-in.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInAbuseTest {

	static final String PASSWORD = "une longue phrase pour l’équipe";

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void wrongCodesAreCountedPerAccountAcrossCodesSoPostingThePasswordAgainGivesNoNewTries(CapturedOutput output)
			throws Exception {
		PortalUser staff = accounts.createWithPassword("codes.devines@femmesetsante-test.be", "Devine", Role.STAFF,
				PASSWORD);
		// Four wrong codes per code (fewer than the five a code allows), a fresh code each time, from a new IP
		// address each time: only the account's count across codes can stop this.
		int wrongSoFar = 0;
		String lastCode = null;
		for (int round = 1; wrongSoFar < SignInThrottle.CODE_FAILURES_PER_ACCOUNT; round++) {
			SignInSession browser = new SignInSession(mvc, "10.40.0." + round);
			assertThat(browser.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
			lastCode = codeInMail(staff.email(), round);
			String wrong = lastCode.equals("000000") ? "111111" : "000000";
			for (int i = 0; i < 4 && wrongSoFar < SignInThrottle.CODE_FAILURES_PER_ACCOUNT; i++, wrongSoFar++) {
				assertThat(browser.post("/login/ott", "token", wrong).getRedirectedUrl()).isEqualTo("/login/code?error");
			}
		}
		SignInSession again = new SignInSession(mvc, "10.40.1.1");
		assertThat(again.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
		String fresh = codeInMail(staff.email(), 4);
		assertThat(again.post("/login/ott", "token", fresh).getRedirectedUrl())
			.as("the right, fresh code is not even checked once the account's wrong codes are spent")
			.isEqualTo("/login/code?tooManyWrong");
		MockHttpServletResponse page = again.get("/login/code?tooManyWrong");
		assertThat(page.getStatus()).isEqualTo(429);
		assertThat(page.getContentAsString()).contains("Trop de codes erronés").containsPattern("\\d+ minutes?");
		assertThat(again.get("/account").getRedirectedUrl()).startsWith("/login/code");
		assertThat(output.getAll()).as("no code is written to the log outside development")
			.doesNotContain(fresh)
			.doesNotContain(lastCode);
	}

	@Test
	void wrongCodesFromOneIpAddressAreLimitedAcrossAccounts() throws Exception {
		for (int i = 0; i < SignInThrottle.CODE_FAILURES_PER_IP; i++) {
			throttle.recordCodeFailure("autre" + i + "@exemple-code.be", "10.41.0.1");
		}
		PortalUser staff = accounts.createWithPassword("meme.ip@femmesetsante-test.be", "Même IP", Role.PARTNER,
				PASSWORD);
		SignInSession browser = new SignInSession(mvc, "10.41.0.1");
		browser.signInWithPassword(staff.email(), PASSWORD);
		String code = codeInMail(staff.email(), 1);
		assertThat(browser.post("/login/ott", "token", code).getRedirectedUrl()).isEqualTo("/login/code?tooManyWrong");
		assertThat(browser.get("/login/code?tooManyWrong").getStatus()).isEqualTo(429);

		SignInSession elsewhere = new SignInSession(mvc, "10.41.0.2");
		elsewhere.signInWithPassword(staff.email(), PASSWORD);
		assertThat(elsewhere.post("/login/ott", "token", codeInMail(staff.email(), 2)).getRedirectedUrl())
			.as("the same account from another IP address").contains("/casework/inbox");
	}

	@Test
	void codesMailedToAnAccountAreLimitedWhetherAskedByPasswordOrResendAndTheLimitAnswers429() throws Exception {
		PortalUser staff = accounts.createWithPassword("boite.pleine@femmesetsante-test.be", "Boîte", Role.ADMIN,
				PASSWORD);
		for (int i = 1; i <= SignInThrottle.CODES_PER_ACCOUNT; i++) {
			SignInSession browser = new SignInSession(mvc, "10.42.0." + i);
			assertThat(browser.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
			assertThat(browser.get("/login/code").getStatus()).isEqualTo(200);
		}
		TestMailbox.awaitMail(staff.email(), SignInThrottle.CODES_PER_ACCOUNT);

		SignInSession flood = new SignInSession(mvc, "10.42.1.1");
		assertThat(flood.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
		MockHttpServletResponse page = flood.get("/login/code");
		assertThat(page.getStatus()).isEqualTo(429);
		assertThat(page.getContentAsString()).contains("Plusieurs codes ont déjà été demandés");
		MockHttpServletResponse resend = flood.post("/login/code/resend");
		assertThat(resend.getStatus()).isEqualTo(429);
		Thread.sleep(1500);
		assertThat(TestMailbox.mailsTo(staff.email())).as("no sixth code").hasSize(SignInThrottle.CODES_PER_ACCOUNT);
	}

	@Test
	void tenWrongPasswordsByAStrangerKeepTheStrangerOutButNotTheOwnersBrowser() throws Exception {
		PortalUser staff = accounts.createWithPassword("cible.verrou@femmesetsante-test.be", "Cible", Role.STAFF,
				PASSWORD);
		// The owner signed in from this browser last week: it holds the device cookie.
		SignInSession owner = new SignInSession(mvc, "10.43.9.9");
		owner.signInWithPassword(staff.email(), PASSWORD);
		assertThat(owner.post("/login/ott", "token", codeInMail(staff.email(), 1)).getRedirectedUrl())
			.contains("/casework/inbox");
		assertThat(owner.post("/logout").getRedirectedUrl()).isEqualTo("/?signedOut");

		for (int i = 1; i <= SignInThrottle.PASSWORD_FAILURES_PER_ADDRESS; i++) {
			assertThat(new SignInSession(mvc, "10.43.0." + i).signInWithPassword(staff.email(), "devinette " + i)
				.getRedirectedUrl()).isEqualTo("/login?error");
		}
		SignInSession stranger = new SignInSession(mvc, "10.43.1.1");
		assertThat(stranger.signInWithPassword(staff.email(), "encore une devinette").getRedirectedUrl())
			.as("guessing stays throttled").isEqualTo("/login?throttled");
		assertThat(stranger.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl())
			.as("even the right password, from a browser that never completed this account's sign-in")
			.isEqualTo("/login?throttled");
		SignInSession forged = new SignInSession(mvc, "10.43.1.2");
		forged.setCookie(KnownDevices.COOKIE, "made-up-device-token");
		assertThat(forged.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).as("a made-up device token")
			.isEqualTo("/login?throttled");

		assertThat(owner.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl())
			.as("the owner's browser still gets to the code").isEqualTo("/login/code");
		assertThat(owner.post("/login/ott", "token", codeInMail(staff.email(), 2)).getRedirectedUrl())
			.contains("/casework/inbox");
		assertThat(owner.get("/casework/inbox").getStatus()).isEqualTo(200);

		// The device cookie is only good for the account it was earned with.
		PortalUser colleague = accounts.createWithPassword("collegue.verrou@femmesetsante-test.be", "Collègue",
				Role.STAFF, PASSWORD);
		for (int i = 0; i < SignInThrottle.PASSWORD_FAILURES_PER_ADDRESS; i++) {
			throttle.recordPasswordFailure(colleague.email(), "10.43.2." + i, null);
		}
		assertThat(owner.signInWithPassword(colleague.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login?throttled");
	}

	@Test
	void aProfessionalAStaffMemberAndAnUnknownAddressCostTheSameHashWorkAtLogin() throws Exception {
		PortalUser staff = accounts.createWithPassword("temps.equipe@femmesetsante-test.be", "Temps", Role.STAFF,
				PASSWORD);
		PortalUser professional = accounts.signInByLink("temps.pro@exemple-planning.be");
		String unknown = "temps.inconnue@exemple-planning.be";

		assertThat(users.loadUserByUsername(professional.email()).getPassword())
			.as("a professional is checked against a real Argon2id hash, which nothing matches")
			.startsWith("{argon2}$argon2id$");

		// The baseline: the same request refused before any password check (this IP address has spent its
		// allowance), so what each kind of address adds to it is mostly the password check's own work.
		for (int i = 0; i < SignInThrottle.PASSWORD_FAILURES_PER_IP; i++) {
			throttle.recordPasswordFailure("ailleurs" + i + "@exemple-planning.be", "10.44.9.9", null);
		}
		String staffHash = users.loadUserByUsername(staff.email()).getPassword();
		// The unit of the comparison: one password check against a stored hash, which is what a path without
		// a hash would save. A difference of a whole hash must fail; noise must stay well under half of one.
		// On a busy machine (2 cores shared by parallel builds) one measure can be unlucky: up to three
		// independent ones are taken before failing. A kind of address that skips the hash is a whole hash
		// faster in every one (seen: 0.7 to 0.9 of a hash, four measures out of four), so it fails all three.
		List<String> measures = new ArrayList<>();
		for (int attempt = 1; attempt <= 3; attempt++) {
			Timing timing = measureLoginTiming(staff.email(), professional.email(), unknown, staffHash, attempt);
			System.out.println("POST /login timing, attempt " + attempt + ": " + timing);
			assertThat(timing.staff()).as("a wrong staff password costs at least half a hash: " + timing)
				.isGreaterThan(timing.hash() / 2);
			if (timing.sameWork()) {
				return;
			}
			measures.add(timing.toString());
		}
		org.assertj.core.api.Assertions.fail("one kind of address takes half a hash more or less than staff, three times: "
				+ String.join(" / ", measures));
	}

	/**
	 * Median µs of a staff try above the baseline's of the same round; median µs of a professional's and
	 * of an unknown address's try minus the staff try of the same round (paired, so the noise of two
	 * requests only); median µs of one hash check.
	 */
	record Timing(double staff, double professionalMinusStaff, double unknownMinusStaff, double hash) {

		boolean sameWork() {
			return Math.abs(professionalMinusStaff) < hash / 2 && Math.abs(unknownMinusStaff) < hash / 2;
		}

		@Override
		public String toString() {
			return ("median µs: staff %.0f above a refusal before any check; professional %+.0f and unknown %+.0f"
					+ " compared with staff; one hash %.0f").formatted(staff, professionalMinusStaff, unknownMinusStaff, hash);
		}
	}

	private Timing measureLoginTiming(String staff, String professional, String unknown, String staffHash, int attempt)
			throws Exception {
		List<Long> hashWork = new ArrayList<>();
		List<Long> staffWork = new ArrayList<>();
		List<Long> professionalWork = new ArrayList<>();
		List<Long> unknownWork = new ArrayList<>();
		// Rounds of four tries back to back and one hash check, each compared within its round, so a busy
		// moment of the machine falls on all alike; the order turns from one round to the next.
		for (int round = 0; round < 31; round++) {
			jdbc.update("delete from rate_limit_bucket where id like 'password:%temps.%'");
			long[] times = new long[4];
			for (int k = 0; k < 4; k++) {
				int which = (k + round) % 4;
				String ip = "10.44." + (10 + which + 4 * attempt) + "." + round; // never the baseline's 10.44.9.9
				times[which] = switch (which) {
					case 0 -> timeWrongPassword(staff, "10.44.9.9", "/login?throttled");
					case 1 -> timeWrongPassword(staff, ip, "/login?error");
					case 2 -> timeWrongPassword(professional, ip, "/login?error");
					default -> timeWrongPassword(unknown, ip, "/login?error");
				};
			}
			long start = System.nanoTime();
			assertThat(passwordEncoder.matches("pas le bon mot de passe", staffHash)).isFalse();
			hashWork.add((System.nanoTime() - start) / 1000);
			staffWork.add(times[1] - times[0]);
			professionalWork.add(times[2] - times[1]);
			unknownWork.add(times[3] - times[1]);
		}
		return new Timing(median(staffWork), median(professionalWork), median(unknownWork), median(hashWork));
	}

	@Test
	void anOldPbkdf2HashBecomesArgon2idAtSignInAndTheSessionKeepsNoHash() throws Exception {
		PortalUser staff = accounts.createWithPassword("ancien.hash@femmesetsante-test.be", "Ancien", Role.STAFF,
				PASSWORD);
		String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
		jdbc.update("update account set password_hash = ? where id = ?", pbkdf2, staff.accountId());

		SignInSession browser = new SignInSession(mvc, "10.45.0.1");
		assertThat(browser.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
		String upgraded = jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				staff.accountId());
		assertThat(upgraded).startsWith("{argon2}$argon2id$v=19$");
		assertThat(passwordEncoder.matches(PASSWORD, upgraded)).isTrue();
		assertThat(browser.post("/login/ott", "token", codeInMail(staff.email(), 1)).getRedirectedUrl())
			.contains("/casework/inbox");

		List<byte[]> attributes = jdbc.queryForList("""
				select a.attribute_bytes from spring_session_attributes a join spring_session s
				on s.primary_id = a.session_primary_id where s.principal_name = ?""", byte[].class, staff.email());
		assertThat(attributes).as("the signed-in session is stored").isNotEmpty();
		for (byte[] bytes : attributes) {
			String stored = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(stored).as("no hash in the session").doesNotContain("argon2").doesNotContain("pbkdf2")
				.doesNotContain(upgraded.substring(upgraded.lastIndexOf('$') + 1));
		}
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
	}

	@Test
	void productionHashesUseOwaspArgon2idSettings() {
		PasswordEncoder production = new PasswordConfiguration().passwordEncoder(19456, 2, 1);
		assertThat(production.encode(PASSWORD)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
	}

	@Test
	void nothingInTheApplicationsOwnSettingsLowersTheProductionHashSettings() throws Exception {
		String settings = new String(new org.springframework.core.io.ClassPathResource("application.properties")
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(settings).doesNotContain("sesu.password.argon2");
	}

	private long timeWrongPassword(String email, String ip, String expected) throws Exception {
		SignInSession browser = new SignInSession(mvc, ip);
		long start = System.nanoTime();
		MockHttpServletResponse response = browser.signInWithPassword(email, "pas le bon mot de passe");
		long micros = (System.nanoTime() - start) / 1000;
		assertThat(response.getRedirectedUrl()).isEqualTo(expected);
		return micros;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	private static String codeInMail(String email, int count) {
		String body = TestMailbox.body(TestMailbox.awaitMail(email, count));
		Matcher code = CODE.matcher(body);
		assertThat(code.find()).as("a 6-digit code in: %s", body).isTrue();
		return code.group(1);
	}

}
