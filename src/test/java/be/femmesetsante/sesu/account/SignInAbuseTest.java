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
		// What is compared is the work each try makes the portal do: the CPU time of the thread that serves
		// it (MockMvc serves it in this thread), which a busy machine does not stretch the way it stretches
		// wall time (on this 2-core machine, shared by parallel builds at a load of 10, wall-time medians
		// moved by more than a hash). The database's own work is the same look-up for every kind of address.
		// The unit: one password check against a stored hash, which is what a path without a hash saves. A
		// difference of a whole hash must fail; noise must stay well under half of one. Up to three
		// independent measures are taken before failing; a kind of address that skips the hash is a whole
		// hash cheaper in every one (seen with professionals made to skip it: 0.70 to 0.84 of a hash of CPU,
		// three measures of three, while the unknown address stayed within 0.08), so it fails all three.
		assertThat(threads.isCurrentThreadCpuTimeSupported()).as("thread CPU time on this JVM").isTrue();
		List<String> measures = new ArrayList<>();
		for (int attempt = 1; attempt <= 3; attempt++) {
			Timing timing = measureLoginTiming(staff.email(), professional.email(), unknown, staffHash, attempt);
			System.out.println("POST /login work, attempt " + attempt + ": " + timing);
			assertThat(timing.cpu().staff()).as("a wrong staff password costs at least half a hash: " + timing)
				.isGreaterThan(timing.cpu().hash() / 2);
			if (timing.cpu().sameWork()) {
				return;
			}
			measures.add(timing.toString());
		}
		org.assertj.core.api.Assertions.fail("one kind of address costs half a hash more or less than staff, three times: "
				+ String.join(" / ", measures));
	}

	private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

	/**
	 * Medians, in µs: a staff try above the baseline's of the same round; a professional's and an
	 * unknown address's try minus the staff try of the same round (paired, so the noise of two requests
	 * only); one hash check.
	 */
	record Medians(double staff, double professionalMinusStaff, double unknownMinusStaff, double hash) {

		boolean sameWork() {
			return Math.abs(professionalMinusStaff) < hash / 2 && Math.abs(unknownMinusStaff) < hash / 2;
		}

		@Override
		public String toString() {
			return "staff %.0f above a refusal before any check; professional %+.0f and unknown %+.0f compared with staff; one hash %.0f"
				.formatted(staff, professionalMinusStaff, unknownMinusStaff, hash);
		}
	}

	/** The same medians in CPU time of the serving thread (judged) and in wall time (shown). */
	record Timing(Medians cpu, Medians wall) {

		@Override
		public String toString() {
			return "median µs of CPU: " + cpu + "; of wall time: " + wall;
		}
	}

	private Timing measureLoginTiming(String staff, String professional, String unknown, String staffHash, int attempt)
			throws Exception {
		// [0] wall, [1] CPU: hash, staff above baseline, professional and unknown minus staff.
		List<List<Long>> hash = List.of(new ArrayList<>(), new ArrayList<>());
		List<List<Long>> staffWork = List.of(new ArrayList<>(), new ArrayList<>());
		List<List<Long>> professionalWork = List.of(new ArrayList<>(), new ArrayList<>());
		List<List<Long>> unknownWork = List.of(new ArrayList<>(), new ArrayList<>());
		// Rounds of four tries back to back and one hash check, each compared within its round, so a busy
		// moment of the machine falls on all alike; the order turns from one round to the next.
		for (int round = 0; round < 31; round++) {
			jdbc.update("delete from rate_limit_bucket where id like 'password:%temps.%'");
			long[][] times = new long[4][];
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
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			assertThat(passwordEncoder.matches("pas le bon mot de passe", staffHash)).isFalse();
			long[] check = { (System.nanoTime() - wall) / 1000, (threads.getCurrentThreadCpuTime() - cpu) / 1000 };
			for (int kind = 0; kind < 2; kind++) {
				hash.get(kind).add(check[kind]);
				staffWork.get(kind).add(times[1][kind] - times[0][kind]);
				professionalWork.get(kind).add(times[2][kind] - times[1][kind]);
				unknownWork.get(kind).add(times[3][kind] - times[1][kind]);
			}
		}
		Medians[] medians = new Medians[2];
		for (int kind = 0; kind < 2; kind++) {
			medians[kind] = new Medians(median(staffWork.get(kind)), median(professionalWork.get(kind)),
					median(unknownWork.get(kind)), median(hash.get(kind)));
		}
		return new Timing(medians[1], medians[0]);
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

	/** µs of wall time and of this thread's CPU time that a wrong password for this address takes. */
	private long[] timeWrongPassword(String email, String ip, String expected) throws Exception {
		SignInSession browser = new SignInSession(mvc, ip);
		long wall = System.nanoTime();
		long cpu = threads.getCurrentThreadCpuTime();
		MockHttpServletResponse response = browser.signInWithPassword(email, "pas le bon mot de passe");
		long[] micros = { (System.nanoTime() - wall) / 1000, (threads.getCurrentThreadCpuTime() - cpu) / 1000 };
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
