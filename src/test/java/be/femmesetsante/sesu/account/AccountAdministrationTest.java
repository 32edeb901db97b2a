package be.femmesetsante.sesu.account;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.SignedIn;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Account administration through the real filter chain, real sessions (Spring Session JDBC), real
 * PostgreSQL and real mails: an invitation followed to a two-factor sign-in; disabling, a role
 * change and a second-factor reset end the person's open sessions; the rules an admin meets.
 */
@IntegrationTest
class AccountAdministrationTest {

	static final String PASSWORD = "une longue phrase pour l’équipe";

	private static final Pattern INVITATION = Pattern.compile("https?://\\S+/invitation\\?token=[\\w-]+");

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	/** The first-admin set-up test needs a database without any admin: this class's admins step down. */
	@AfterEach
	void noAdminLeft() {
		jdbc.update("update account set role = 'STAFF', enabled = false where email like 'admin-accounts-%'");
	}

	@Test
	void anInvitedStaffMemberSetsTheirPasswordFromTheMailedLinkThenSignsInWithTheSecondFactor() throws Exception {
		PortalUser admin = admin();
		String email = "invitee-" + run() + "@femmesetsante-test.be";
		MockHttpServletResponse invited = mvc.perform(post("/admin/accounts/invite").with(csrf())
			.with(SignedIn.signedIn(admin))
			.param("displayName", "Noor Invitée")
			.param("email", email)
			.param("role", "STAFF")
			.param("language", "ENGLISH")).andReturn().getResponse();
		assertThat(invited.getStatus()).isEqualTo(302);
		AccountRow row = administration.find(accounts.findByEmail(email).orElseThrow().accountId()).orElseThrow();
		assertThat(row.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(row.role()).isEqualTo(Role.STAFF);
		assertThat(invited.getRedirectedUrl()).endsWith("/admin/accounts/" + row.id());

		// The mail is in the language chosen for the invitee, and holds the link.
		var mail = TestMailbox.awaitMail(email, 1);
		assertThat(TestMailbox.subject(mail)).contains("invitation");
		assertThat(TestMailbox.body(mail)).contains("valid 7 days");
		String link = link(TestMailbox.body(mail));
		String path = link.replaceFirst("^https?://[^/]+", "");

		SignInSession person = new SignInSession(mvc, "10.90.0.1");
		// A password refused by the policy comes back on the same page, nothing used up.
		MockHttpServletResponse tooShort = person.post(path, "displayName", "Noor", "password", "court",
				"passwordConfirmation", "court");
		assertThat(tooShort.getStatus()).isEqualTo(422);
		MockHttpServletResponse set = person.post(path, "displayName", "Noor Haddad", "password", PASSWORD,
				"passwordConfirmation", PASSWORD);
		assertThat(set.getRedirectedUrl()).isEqualTo("/login");
		assertThat(person.get(path).getStatus()).as("the link works once").isEqualTo(404);

		assertThat(person.signInWithPassword(email, PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
		MockHttpServletResponse signedIn = person.post("/login/ott", "token", code(email, 2));
		assertThat(signedIn.getRedirectedUrl()).contains("/casework/inbox");
		assertThat(person.get("/casework/inbox").getStatus()).isEqualTo(200);
		AccountRow after = administration.find(row.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(after.displayName()).isEqualTo("Noor Haddad");
		assertThat(after.lastSignedInAt()).as("last sign-in recorded").isNotNull();
	}

	@Test
	void anInvitationLinkExpiresAfterSevenDays() throws Exception {
		String email = "late-" + run() + "@femmesetsante-test.be";
		administration.invite(admin(), email, "En Retard", Role.PARTNER, Language.FRENCH);
		String path = link(TestMailbox.body(TestMailbox.awaitMail(email, 1))).replaceFirst("^https?://[^/]+", "");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
		long id = accounts.findByEmail(email).orElseThrow().accountId();
		jdbc.update("update account_invitation set expires_at = now() - interval '1 minute' where account_id = ?", id);
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(administration.find(id).orElseThrow().status()).isEqualTo(AccountStatus.INVITATION_EXPIRED);
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnceAndItCannotSignInAgainUntilEnabled() throws Exception {
		PortalUser staff = accounts.createWithPassword("disabled-" + run() + "@femmesetsante-test.be", "Dana", Role.STAFF,
				PASSWORD);
		SignInSession open = signIn(staff, "10.91.0.1");
		assertThat(open.get("/casework/inbox").getStatus()).isEqualTo(200);
		assertThat(sessionsOf(staff)).isEqualTo(1);

		MockHttpServletResponse disabled = mvc.perform(post("/admin/accounts/" + staff.accountId() + "/disable")
			.with(csrf()).with(SignedIn.signedIn(admin()))).andReturn().getResponse();
		assertThat(disabled.getRedirectedUrl()).endsWith("/admin/accounts/" + staff.accountId());
		assertThat(sessionsOf(staff)).as("its sessions are gone from the shared store").isZero();
		MockHttpServletResponse next = open.get("/casework/inbox");
		assertThat(next.getStatus()).isEqualTo(302);
		assertThat(next.getRedirectedUrl()).endsWith("/login");

		SignInSession again = new SignInSession(mvc, "10.91.0.2");
		assertThat(again.signInWithPassword(staff.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");

		administration.enable(admin(), staff.accountId());
		assertThat(signIn(staff, "10.91.0.3").get("/casework/inbox").getStatus()).isEqualTo(200);
	}

	@Test
	void aRoleChangeEndsTheSessionsAndTheNewRoleAppliesAtTheNextSignIn() throws Exception {
		PortalUser partner = accounts.createWithPassword("role-" + run() + "@femmesetsante-test.be", "Rafa", Role.PARTNER,
				PASSWORD);
		SignInSession open = signIn(partner, "10.92.0.1");
		assertThat(open.get("/casework/dashboard").getStatus()).isEqualTo(403);
		administration.changeRole(admin(), partner.accountId(), Role.STAFF);
		assertThat(open.get("/casework/dashboard").getRedirectedUrl()).endsWith("/login");
		assertThat(signIn(partner, "10.92.0.2").get("/casework/dashboard").getStatus()).isEqualTo(200);
	}

	@Test
	void resettingTheSecondFactorForgetsThePendingCodeAndEndsTheSessions() throws Exception {
		PortalUser staff = accounts.createWithPassword("reset-" + run() + "@femmesetsante-test.be", "Remi", Role.STAFF,
				PASSWORD);
		SignInSession open = signIn(staff, "10.93.0.1");
		SignInSession halfway = new SignInSession(mvc, "10.93.0.2");
		halfway.signInWithPassword(staff.email(), PASSWORD);
		String pending = code(staff.email(), 2);
		administration.resetSecondFactor(admin(), staff.accountId());
		assertThat(jdbc.queryForObject("select count(*) from second_factor_code where username = ?", Integer.class,
				staff.email())).isZero();
		assertThat(open.get("/casework/inbox").getRedirectedUrl()).endsWith("/login");
		assertThat(halfway.post("/login/ott", "token", pending).getRedirectedUrl()).as("the pending code is void")
			.doesNotContain("/casework");
	}

	@Test
	void anAdminCannotDisableThemselvesNorInviteAnAddressThatHasAnAccountNorMakeAProfessional() throws Exception {
		PortalUser admin = admin();
		MockHttpServletResponse self = mvc.perform(post("/admin/accounts/" + admin.accountId() + "/disable").with(csrf())
			.with(SignedIn.signedIn(admin))).andReturn().getResponse();
		assertThat(self.getStatus()).isEqualTo(422);
		assertThat(self.getContentAsString()).contains("Vous ne pouvez pas changer votre propre rôle");
		assertThat(accounts.findById(admin.accountId()).orElseThrow().enabled()).isTrue();

		MockHttpServletResponse taken = mvc.perform(post("/admin/accounts/invite").with(csrf())
			.with(SignedIn.signedIn(admin))
			.param("displayName", "Double")
			.param("email", admin.email().toUpperCase())
			.param("role", "STAFF")).andReturn().getResponse();
		assertThat(taken.getStatus()).isEqualTo(422);
		assertThat(taken.getContentAsString()).contains("Cette adresse a déjà un compte").contains("Double");

		MockHttpServletResponse professional = mvc.perform(post("/admin/accounts/invite").with(csrf())
			.with(SignedIn.signedIn(admin))
			.param("displayName", "Pro")
			.param("email", "pro-" + run() + "@example.org")
			.param("role", "PROFESSIONAL")).andReturn().getResponse();
		assertThat(professional.getStatus()).isEqualTo(422);
	}

	@Test
	void theListShowsRoleStatusAndLastSignInPageByPage() throws Exception {
		String prefix = "liste" + run();
		for (int i = 0; i < AccountAdministration.PAGE_SIZE + 2; i++) {
			administration.invite(null, prefix + "-" + i + "@femmesetsante-test.be", prefix + " " + i, Role.PARTNER,
					Language.FRENCH);
		}
		AccountAdministration.AccountPage first = administration.list(Role.PARTNER, prefix, 1);
		assertThat(first.total()).isEqualTo(AccountAdministration.PAGE_SIZE + 2);
		assertThat(first.rows()).hasSize(AccountAdministration.PAGE_SIZE);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(administration.list(Role.PARTNER, prefix, 2).rows()).hasSize(2);
		assertThat(administration.list(Role.STAFF, prefix, 1).total()).isZero();
		String page = mvc.perform(get("/admin/accounts").param("q", prefix).param("page", "2")
			.with(SignedIn.signedIn(admin()))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Invité·e, mot de passe pas encore choisi").contains("Page 2 sur 2").contains("Jamais");
	}

	private SignInSession signIn(PortalUser user, String ip) throws Exception {
		SignInSession session = new SignInSession(mvc, ip);
		int before = TestMailbox.mailsTo(user.email()).size();
		assertThat(session.signInWithPassword(user.email(), PASSWORD).getRedirectedUrl()).isEqualTo("/login/code");
		session.post("/login/ott", "token", code(user.email(), before + 1));
		return session;
	}

	private int sessionsOf(PortalUser user) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.email());
	}

	private PortalUser admin() {
		return accounts.createWithPassword("admin-accounts-" + run() + "@femmesetsante-test.be", "Ada Admin",
				Role.ADMIN, PASSWORD);
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String link(String body) {
		Matcher link = INVITATION.matcher(body);
		assertThat(link.find()).as("an invitation link in: %s", body).isTrue();
		return link.group();
	}

	private static String code(String email, int count) {
		String body = TestMailbox.body(TestMailbox.awaitMail(email, count));
		Matcher code = CODE.matcher(body);
		assertThat(code.find()).as("a code in: %s", body).isTrue();
		return code.group(1);
	}

}
