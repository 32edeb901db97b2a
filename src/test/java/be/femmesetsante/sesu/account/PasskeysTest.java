package be.femmesetsante.sesu.account;

import java.util.UUID;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.PasskeyFixture;
import be.femmesetsante.sesu.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Passkeys on the real schema (PostgreSQL), through Spring Security's JDBC repositories and the
 * portal's rules: whose passkeys a page lists and who may remove one; the admin's reset, the
 * deletion of an account and retention take them all; registration is for the team fully signed
 * in, with a label, and never answers 500; a passkey sign-in stands for both factors, and only for
 * the team. (Signing in with a real key: {@link PasskeyBrowserTest}.)
 */
@IntegrationTest
class PasskeysTest {

	static final String PASSWORD = "des clés pour toute l’équipe";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Passkeys passkeys;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AccountRetention retention;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachPersonSeesAndRemovesOnlyTheirOwnPasskeys() throws Exception {
		PortalUser staff = team(Role.STAFF);
		PortalUser partner = team(Role.PARTNER);
		String laptop = PasskeyFixture.register(userEntities, credentials, staff, "Portable <b>du bureau</b>");
		String phone = PasskeyFixture.register(userEntities, credentials, staff, "Téléphone");
		String partners = PasskeyFixture.register(userEntities, credentials, partner, "Clé de Noor");

		assertThat(passkeys.of(staff)).extracting(Passkeys.Passkey::label)
			.containsExactlyInAnyOrder("Portable <b>du bureau</b>", "Téléphone");
		assertThat(passkeys.of(staff)).allSatisfy(passkey -> {
			assertThat(passkey.created()).isNotNull();
			assertThat(passkey.lastUsed()).as("never used to sign in yet").isNull();
		});
		String page = mvc.perform(get("/account").with(SignedIn.signedIn(staff))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Portable &lt;b&gt;du bureau&lt;/b&gt;").contains("Téléphone")
			.doesNotContain("Clé de Noor").contains("/account/passkeys/" + laptop + "/delete");

		// Someone else's passkey does not exist for them: 404, and it stays.
		assertThat(mvc.perform(get("/account/passkeys/" + partners + "/delete").with(SignedIn.signedIn(staff)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/account/passkeys/" + partners + "/delete").with(csrf())
			.with(SignedIn.signedIn(staff))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(passkeys.of(partner)).hasSize(1);

		MockHttpServletResponse confirm = mvc.perform(get("/account/passkeys/" + phone + "/delete")
			.with(SignedIn.signedIn(staff))).andReturn().getResponse();
		assertThat(confirm.getStatus()).isEqualTo(200);
		assertThat(confirm.getContentAsString()).contains("Supprimer la clé d’accès «\u00a0Téléphone\u00a0»");
		assertThat(passkeys.of(staff)).as("asking is not removing").hasSize(2);
		MockHttpServletResponse removed = mvc.perform(post("/account/passkeys/" + phone + "/delete").with(csrf())
			.with(SignedIn.signedIn(staff))).andReturn().getResponse();
		assertThat(removed.getRedirectedUrl()).isEqualTo("/account");
		assertThat(passkeys.of(staff)).extracting(Passkeys.Passkey::id).containsExactly(laptop);
		assertThat(credentials.findByCredentialId(org.springframework.security.web.webauthn.api.Bytes.fromBase64(phone)))
			.isNull();
	}

	@Test
	void professionalsHaveNoPasskeySectionNorRegistration() throws Exception {
		PortalUser professional = accounts.createProfessional("pro-" + run() + "@example.org", "Awa", null, null);
		String page = mvc.perform(get("/account").with(SignedIn.signedIn(professional))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("passkey-form").doesNotContain("Clés d’accès");
		assertThat(json(post("/webauthn/register/options"), professional).getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class,
				professional.email())).as("no user entity made for them").isZero();
	}

	@Test
	void theAdminsResetAccountDeletionAndRetentionTakeEveryPasskey() {
		PortalUser staff = team(Role.STAFF);
		PortalUser partner = team(Role.PARTNER);
		PortalUser kept = team(Role.STAFF);
		PasskeyFixture.register(userEntities, credentials, staff, "Un");
		PasskeyFixture.register(userEntities, credentials, staff, "Deux");
		PasskeyFixture.register(userEntities, credentials, partner, "Trois");
		PasskeyFixture.register(userEntities, credentials, kept, "Quatre");
		PortalUser admin = accounts.createWithPassword("admin-pk-" + run() + "@femmesetsante-test.be", "Ada", Role.ADMIN,
				PASSWORD);
		try {
			administration.resetSecondFactor(admin, staff.accountId());
		}
		finally {
			jdbc.update("delete from account where id = ?", admin.accountId());
		}
		assertThat(passkeys.of(staff)).isEmpty();
		assertThat(userEntities.findByUsername(staff.email())).isNull();

		retention.anonymise(partner.accountId());
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where label = 'Trois'", Integer.class))
			.isZero();
		assertThat(userEntities.findByUsername(partner.email())).isNull();

		// Deleting an account (professionals only: they cannot add one, but a row would still go).
		PortalUser professional = accounts.createProfessional("pro-pk-" + run() + "@example.org", "Awa", null, null);
		PasskeyFixture.register(userEntities, credentials, professional, "Cinq");
		accounts.delete(professional.accountId(), false);
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where label = 'Cinq'", Integer.class))
			.isZero();

		assertThat(passkeys.of(kept)).as("other people's passkeys stay").hasSize(1);
	}

	@Test
	void registrationIsForTheTeamFullySignedInWithALabelAndNeverAnswers500() throws Exception {
		PortalUser staff = team(Role.STAFF);
		assertThat(json(post("/webauthn/register/options"), null).getStatus()).as("not signed in").isEqualTo(401);
		MockHttpServletResponse passwordOnly = mvc.perform(post("/webauthn/register/options").with(csrf())
			.with(authentication(SignedIn.withFactors(staff, FactorGrantedAuthority.PASSWORD_AUTHORITY))))
			.andReturn().getResponse();
		assertThat(passwordOnly.getStatus()).as("the password alone").isEqualTo(403);

		MockHttpServletResponse options = json(post("/webauthn/register/options"), staff);
		assertThat(options.getStatus()).isEqualTo(200);
		assertThat(options.getContentAsString()).contains("\"name\":\"" + staff.email() + "\"")
			.contains("\"residentKey\":\"required\"")
			.contains("\"userVerification\":\"required\"")
			.contains("\"id\":\"localhost\"");

		for (String label : new String[] { "", "   ", "x".repeat(61), "Tab\there" }) {
			MockHttpServletResponse refused = json(post("/webauthn/register").content(registration(label)), staff);
			assertThat(refused.getStatus()).as("label [%s]", label).isEqualTo(422);
			assertThat(refused.getContentAsString()).isEqualTo("{\"error\":\"label\"}");
		}
		assertThat(json(post("/webauthn/register").content("not json"), staff).getStatus()).isEqualTo(422);
		assertThat(json(post("/webauthn/register").content("{\"publicKey\":{\"label\":\"" + "x".repeat(70_000) + "\"}}"),
				staff).getStatus()).isEqualTo(413);
		// Without options asked for first, and with options but a credential that does not verify: refused
		// (400), never a 500.
		assertThat(json(post("/webauthn/register").content(registration("Portable")), staff).getStatus()).isEqualTo(400);
		// (The portal's sessions are Spring Session's: the cookie carries the options to the next request.)
		MockHttpServletResponse asked = json(post("/webauthn/register/options"), staff);
		assertThat(asked.getStatus()).isEqualTo(200);
		assertThat(asked.getCookie("SESU_SESSION")).isNotNull();
		MockHttpServletResponse forged = json(post("/webauthn/register").cookie(asked.getCookie("SESU_SESSION"))
			.content(registration("Portable")), staff);
		assertThat(forged.getStatus()).isEqualTo(400);
		assertThat(forged.getContentAsString()).isEqualTo("{\"error\":\"verification\"}");
		assertThat(passkeys.of(staff)).isEmpty();
	}

	@Test
	void aPasskeySignInStandsForBothFactorsForTheTeamOnly() throws Exception {
		PortalUser staff = team(Role.STAFF);
		MockHttpServletResponse withPasskey = mvc.perform(get("/casework/inbox")
			.with(authentication(SignedIn.withFactors(staff, FactorGrantedAuthority.WEBAUTHN_AUTHORITY))))
			.andReturn().getResponse();
		assertThat(withPasskey.getStatus()).isEqualTo(200);
		MockHttpServletResponse passwordOnly = mvc.perform(get("/casework/inbox")
			.with(authentication(SignedIn.withFactors(staff, FactorGrantedAuthority.PASSWORD_AUTHORITY))))
			.andReturn().getResponse();
		assertThat(passwordOnly.getRedirectedUrl()).contains("/login/code");

		// Anyone may ask for sign-in options: user verification required, no key named (discoverable keys).
		MockHttpServletResponse options = json(post("/webauthn/authenticate/options"), null);
		assertThat(options.getStatus()).isEqualTo(200);
		assertThat(options.getContentAsString()).contains("\"userVerification\":\"required\"")
			.contains("\"allowCredentials\":[]");
		// A forged assertion: 401, and nobody is signed in.
		MockHttpServletResponse forged = mvc.perform(post("/login/webauthn").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"authenticatorData\":\"AAAA\","
					+ "\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\"},\"clientExtensionResults\":{}}"))
			.andReturn().getResponse();
		assertThat(forged.getStatus()).isEqualTo(401);
	}

	@Test
	void signingInWithAPasskeyIsLimitedPerIpAddress() throws Exception {
		String ip = "10.61." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250) + ".7";
		String forgedAssertion = "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":"
				+ "{\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\"},\"clientExtensionResults\":{}}";
		// Both steps count: options asked, then assertions checked (forged here: 401 each).
		for (int i = 0; i < SignInThrottle.PASSKEY_STEPS_PER_IP; i++) {
			MockHttpServletResponse step = i % 2 == 0 ? json(post("/webauthn/authenticate/options").with(from(ip)), null)
					: mvc.perform(post("/login/webauthn").with(from(ip)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
						.content(forgedAssertion)).andReturn().getResponse();
			assertThat(step.getStatus()).as("step %d", i + 1).isEqualTo(i % 2 == 0 ? 200 : 401);
		}
		MockHttpServletResponse options = json(post("/webauthn/authenticate/options").with(from(ip)), null);
		assertThat(options.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(options.getHeader("Retry-After"))).isBetween(1L, 600L);
		assertThat(options.getContentAsString()).isEqualTo("{\"error\":\"throttled\"}");
		MockHttpServletResponse assertion = mvc.perform(post("/login/webauthn").with(from(ip)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(forgedAssertion)).andReturn().getResponse();
		assertThat(assertion.getStatus()).isEqualTo(429);
		// Another address is not affected; the sign-in page says what to do (both languages).
		assertThat(json(post("/webauthn/authenticate/options").with(from(ip + "1")), null).getStatus()).isEqualTo(200);
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-error-throttled=\"Trop de tentatives avec une clé d’accès depuis ce réseau.");
		String english = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("data-error-throttled=\"Too many sign-in attempts from this internet connection.");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	private MockHttpServletResponse json(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
		request.with(csrf()).contentType(MediaType.APPLICATION_JSON);
		if (user != null) {
			request.with(SignedIn.signedIn(user));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String registration(String label) {
		return """
				{"publicKey":{"label":"%s","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
				"response":{"attestationObject":"AAAA","clientDataJSON":"AAAA","transports":["internal"]},
				"clientExtensionResults":{}}}}""".formatted(label.replace("\t", "\\t"));
	}

	private PortalUser team(Role role) {
		return accounts.createWithPassword(role.name().toLowerCase() + "-pk-" + run() + "@femmesetsante-test.be",
				"Camille " + role, role, PASSWORD);
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
