package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Region;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mon organisation" through the real filter chain and database: each region case, enterprise
 * numbers, joining. Input that cannot be saved comes back on the same page with 422 (Unprocessable
 * Content) and everything typed.
 */
@IntegrationTest
class OrganisationPageTest {

	static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	MessageSource messages;

	@Autowired
	org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

	PortalUser newcomer;

	@BeforeEach
	void aProfessionalWithoutOrganisation() {
		newcomer = accounts.createProfessional("org-" + UUID.randomUUID() + "@example.org", "Alex Martin", null, null);
	}

	@Test
	void aProfessionalWithoutOrganisationSeesAnEmptyFormWithTheirName() throws Exception {
		String page = mvc.perform(get("/organisation").with(signedIn(newcomer)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("organisation.intro.first")).contains("value=\"Alex Martin\"");
	}

	@Test
	void aBrusselsOrganisationIsSavedAndTheSignedInPersonNowBelongsToIt() throws Exception {
		MvcResult result = mvc.perform(form("1060"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/requests/new"))
			.andExpect(flash().attribute("flash", "organisation.created"))
			.andReturn();

		Long organisationId = accounts.findByEmail(newcomer.email()).orElseThrow().organisationId();
		assertThat(organisationId).isNotNull();
		OrganisationView saved = organisations.findById(organisationId).orElseThrow();
		assertThat(saved.region()).isEqualTo(Region.BRUSSELS);
		assertThat(saved.germanSpeaking()).isFalse();
		assertThat(saved.name()).isEqualTo("Maison médicale du Midi");
		// The principal in the session (Spring Session JDBC) carries the organisation: no new sign-in needed.
		jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("SESU_SESSION");
		assertThat(cookie).as("the JDBC session's cookie").isNotNull();
		String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
		SecurityContext context = sessions.findById(sessionId)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context).isNotNull();
		assertThat(((PortalUser) context.getAuthentication().getPrincipal()).organisationId()).isEqualTo(organisationId);
	}

	@Test
	void aWalloonOrganisationIsSavedInWallonia() throws Exception {
		mvc.perform(form("5000")).andExpect(redirectedUrl("/requests/new"));
		assertThat(savedOrganisation().region()).isEqualTo(Region.WALLONIA);
		assertThat(savedOrganisation().germanSpeaking()).isFalse();
	}

	@Test
	void aGermanSpeakingOrganisationIsAcceptedAndFlaggedForTheTeam() throws Exception {
		mvc.perform(form("4700"))
			.andExpect(redirectedUrl("/requests/new"))
			.andExpect(flash().attribute("flashNotice", "organisation.germanSpeaking.notice"));
		assertThat(savedOrganisation().region()).isEqualTo(Region.WALLONIA);
		assertThat(savedOrganisation().germanSpeaking()).isTrue();
	}

	@Test
	void aFlemishPostalCodeIsKindlyRefusedOnTheSamePageWithEverythingKept() throws Exception {
		String page = mvc.perform(form("9000"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).startsWith("<!DOCTYPE html>")
			.contains("<title>" + text("form.titlePrefix"))
			.contains(text("organisation.error.postalCode.outsideArea"))
			.contains(text("organisation.outsideArea.heading"))
			.contains("mailto:sesu@femmesetsante.be")
			.contains("value=\"" + HtmlUtils.htmlEscape("Maison médicale du Midi") + "\"")
			.contains("value=\"Rue de la Senne 12\"")
			.contains("value=\"9000\"")
			.contains("value=\"Gand\"");
		assertThat(accounts.findByEmail(newcomer.email()).orElseThrow().organisationId()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "999", "0999", "10000", "12a4", "١٠٠٠" })
	void somethingThatIsNotABelgianPostalCodeIsAClearError(String postalCode) throws Exception {
		String page = mvc.perform(form(postalCode))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("organisation.error.postalCode.invalid"));
		assertThat(accounts.findByEmail(newcomer.email()).orElseThrow().organisationId()).isNull();
	}

	@Test
	void aNulCharacterIsDroppedRatherThanBreakingTheSave() throws Exception {
		mvc.perform(form("1000", "name", "Maison\u0000 médicale <b>du</b> Midi"))
			.andExpect(redirectedUrl("/requests/new"));
		assertThat(savedOrganisation().name()).isEqualTo("Maison médicale <b>du</b> Midi");
	}

	@Test
	void anEnterpriseNumberIsStoredNormalisedAndShownWithDots() throws Exception {
		String digits = validEnterpriseNumber();
		String typed = "BE " + digits.substring(0, 4) + " " + digits.substring(4, 7) + "." + digits.substring(7);
		mvc.perform(form("1000", "enterpriseNumber", typed)).andExpect(redirectedUrl("/requests/new"));

		OrganisationView saved = savedOrganisation();
		assertThat(saved.enterpriseNumber().digits()).isEqualTo(digits);
		PortalUser member = accounts.findByEmail(newcomer.email()).orElseThrow();
		String page = mvc.perform(get("/organisation").with(signedIn(member)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + saved.enterpriseNumber().formatted() + "\"")
			.contains(text("organisation.intro.edit"));
	}

	@Test
	void anEnterpriseNumberOfTheWrongShapeSaysWhatToType() throws Exception {
		String page = mvc.perform(form("1000", "enterpriseNumber", "12345"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("organisation.error.enterpriseNumber.format")).contains("value=\"12345\"");
	}

	@Test
	void aWrongCheckDigitSaysToCompareWithTheRegister() throws Exception {
		String digits = validEnterpriseNumber();
		String wrong = digits.substring(0, 9) + ((digits.charAt(9) - '0' + 1) % 10);
		String page = mvc.perform(form("1000", "enterpriseNumber", wrong))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("organisation.error.enterpriseNumber.checkDigits"));
		assertThat(accounts.findByEmail(newcomer.email()).orElseThrow().organisationId()).isNull();
	}

	@Test
	void anEnterpriseNumberAlreadyRegisteredOffersToJoinInsteadOfADuplicate() throws Exception {
		String digits = validEnterpriseNumber();
		OrganisationView existing = organisations.register(new NewOrganisation("Planning familial existant",
				Sector.PLANNING_FAMILIAL, null, "Rue 1", "1000", "Bruxelles", EnterpriseNumber.parse(digits), null,
				"Sam", null));

		String page = mvc.perform(form("1000", "enterpriseNumber", digits))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		String formatted = existing.enterpriseNumber().formatted();
		assertThat(page).contains(text("organisation.error.enterpriseNumber.taken"))
			.contains(text("organisation.join.text", formatted))
			.contains(text("organisation.join.submit"))
			.contains("value=\"" + HtmlUtils.htmlEscape("Maison médicale du Midi") + "\"");
		assertThat(accounts.findByEmail(newcomer.email()).orElseThrow().organisationId()).isNull();
		assertThat(organisations.findByEnterpriseNumber(EnterpriseNumber.parse(digits)).orElseThrow().id())
			.isEqualTo(existing.id());

		mvc.perform(post("/organisation/join").with(signedIn(newcomer)).with(csrf()).param("enterpriseNumber", formatted))
			.andExpect(redirectedUrl("/organisation"))
			.andExpect(flash().attribute("flash", "organisation.join.sent"));
		assertThat(organisations.hasPendingJoinRequest(newcomer.accountId())).isTrue();
		// Asking twice records one pending ask (the unique index would refuse a second one).
		mvc.perform(post("/organisation/join").with(signedIn(newcomer)).with(csrf()).param("enterpriseNumber", formatted))
			.andExpect(redirectedUrl("/organisation"));
		String profile = mvc.perform(get("/organisation").with(signedIn(newcomer)))
			.andReturn().getResponse().getContentAsString();
		assertThat(profile).contains(text("organisation.join.pending"));
	}

	@Test
	void missingFieldsAreAllListedAtOnce() throws Exception {
		String page = mvc.perform(post("/organisation").with(signedIn(newcomer)).with(csrf()).param("postalCode", "1000"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"#name\"").contains("href=\"#sector\"").contains("href=\"#street\"")
			.contains("href=\"#municipality\"").contains("href=\"#contactName\"");
	}

	@Test
	void sectorOtherNeedsItsOwnWords() throws Exception {
		String page = mvc.perform(form("1000", "sector", "OTHER"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("organisation.error.sectorOther.required"));
	}

	private OrganisationView savedOrganisation() {
		Long id = accounts.findByEmail(newcomer.email()).orElseThrow().organisationId();
		return organisations.findById(id).orElseThrow();
	}

	/** The form as a person fills it in; {@code overrides} are (field, value) pairs that replace a value. */
	private MockHttpServletRequestBuilder form(String postalCode, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "Maison médicale du Midi");
		fields.put("sector", "MAISON_MEDICALE");
		fields.put("street", "Rue de la Senne 12");
		fields.put("postalCode", postalCode);
		fields.put("municipality", postalCode.startsWith("9") ? "Gand" : "Bruxelles");
		fields.put("contactName", "Alex Martin");
		fields.put("contactPronouns", "iel");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/organisation").with(signedIn(newcomer)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** A fresh valid number: ten digits starting with 0, the last two checking the first eight. */
	static String validEnterpriseNumber() {
		long firstEight = ThreadLocalRandom.current().nextLong(1_000_000, 10_000_000);
		return "%08d%02d".formatted(firstEight, EnterpriseNumber.checkDigitsFor(firstEight));
	}

	private String text(String key, Object... args) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, args, FRENCH), "UTF-8");
	}

}
