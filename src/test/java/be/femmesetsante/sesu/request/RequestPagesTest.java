package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The professional's request pages through the real filter chain and PostgreSQL: the form and its
 * bad input, the one-time token, the draft, "Mes demandes", a request's page and its withdrawal.
 */
@IntegrationTest
class RequestPagesTest {

	static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

	@Autowired
	PrivacyNotices privacyNotices;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	MessageSource messages;

	PortalUser professionalA;

	PortalUser professionalB;

	@BeforeEach
	void twoOrganisationsWithAProfessionalEach() {
		professionalA = professional("1050");
		professionalB = professional("6000");
	}

	@Test
	void aValidRequestIsSentThenConfirmedWithItsReferenceAndWhatHappensNext() throws Exception {
		String sent = submit(professionalA, valid());
		String reference = sent.substring("/requests/".length(), sent.length() - "/sent".length());
		assertThat(reference).matches("SESU-\\d{4}-\\d{4,}");

		String page = page(get(sent), professionalA);
		assertThat(page).contains(reference).contains(text("request.sent.next.step2"));
		RequestDetails details = requests.findByReference(Actor.of(professionalA), reference).orElseThrow();
		// The version in force when it was sent (another test may have published a newer one than V25's).
		assertThat(details.request().privacyNoticeVersion()).isEqualTo(privacyNotices.current().version());
		assertThat(details.request().kinds()).containsExactly(SupportKind.TOOL_REVIEW, SupportKind.TEAM_TRAINING);
		assertThat(details.request().audienceTags()).containsExactly("YOUNG_PEOPLE", "LGBTQIA");
		assertThat(details.request().teamSize()).isEqualTo(6);
	}

	@Test
	void anEmptyFormListsEveryProblemAtTheTopWithTheTitlePrefixed() throws Exception {
		String page = mvc.perform(post("/requests/new").with(signedIn(professionalA)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<title>" + text("form.titlePrefix"))
			.contains("id=\"error-summary\"")
			.contains("href=\"#kinds\"").contains("href=\"#title\"").contains("href=\"#description\"")
			.contains("href=\"#privacyAccepted\"")
			.contains(text("request.error.kinds.required"))
			.contains(text("request.error.title.required"))
			.contains(text("request.error.description.required"))
			.contains(text("request.error.privacyNotice.required"));
		assertThat(requests.listVisible(Actor.of(professionalA), PageRequest.of(0, 5)).getTotalElements()).isZero();
	}

	@Test
	void whatWasTypedIsKeptAndEscapedWhenTheFormComesBack() throws Exception {
		Map<String, String> form = valid();
		form.put("title", "<script>alert(1)</script>");
		form.remove("privacyAccepted");
		String page = mvc.perform(postForm(form, professionalA)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(1)")
			.contains(HtmlUtils.htmlEscape("Nos affiches de prévention parlent-elles à tout le monde ?"))
			.contains(text("request.error.privacyNotice.required"));
	}

	static Stream<Arguments> refusedDescriptions() {
		return Stream.of(Arguments.of("", "request.error.description.required"),
				Arguments.of("   \n\t ", "request.error.description.required"),
				Arguments.of("\u0000\u0000", "request.error.description.required"),
				Arguments.of("x".repeat(10_001), "request.error.text.tooLong"));
	}

	@ParameterizedTest
	@MethodSource("refusedDescriptions")
	void aDescriptionThatCannotBeSentIsAClearMessageNeverAServerError(String description, String messageKey)
			throws Exception {
		Map<String, String> form = valid();
		form.put("description", description);
		String page = mvc.perform(postForm(form, professionalA)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text(messageKey, 10_000)).contains("href=\"#description\"");
	}

	static Stream<Arguments> acceptedDescriptions() {
		return Stream.of(Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
				Arguments.of("Nos affiches 🌈✨ pour toustes", "Nos affiches 🌈✨ pour toustes"),
				Arguments.of("avant\u0000après", "avantaprès"),
				Arguments.of("é".repeat(10_000), "é".repeat(10_000)));
	}

	@ParameterizedTest
	@MethodSource("acceptedDescriptions")
	void unusualButValidTextIsStoredAndShownEscaped(String description, String shown) throws Exception {
		Map<String, String> form = valid();
		form.put("description", description);
		String sent = submit(professionalA, form);
		String page = page(get(sent.replace("/sent", "")), professionalA);
		assertThat(page).contains(shown).doesNotContain("<script>alert(1)");
	}

	@Test
	void theSameFormTokenTwiceMakesOneRequestAndTheSameConfirmation() throws Exception {
		Map<String, String> form = valid();
		String first = submit(professionalA, form);
		String second = submit(professionalA, form);
		assertThat(second).isEqualTo(first);
		assertThat(requests.listVisible(Actor.of(professionalA), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
		// A new page (a new token) is a new request.
		form.put("formToken", UUID.randomUUID().toString());
		assertThat(submit(professionalA, form)).isNotEqualTo(first);
	}

	@Test
	void aDraftIsSavedReloadedAfterSigningOutAndDeletedOnceSent() throws Exception {
		Map<String, String> form = valid();
		form.put("title", "Brouillon : nos affiches");
		form.remove("privacyAccepted");
		form.put("action", "draft");
		mvc.perform(postForm(form, professionalA))
			.andExpect(redirectedUrl("/requests/new"))
			.andExpect(flash().attribute("flash", "request.draft.saved"));

		// A fresh request, no session: what a new sign-in sees.
		String reloaded = page(get("/requests/new"), professionalA);
		assertThat(reloaded).contains("value=\"Brouillon : nos affiches\"")
			.contains(HtmlUtils.htmlEscape("Nos affiches de prévention parlent-elles à tout le monde ?"))
			.containsPattern("value=\"TOOL_REVIEW\"[^>]*checked")
			.contains(text("request.draft.reloaded", "").substring(0, 20));

		form.put("action", "submit");
		form.put("privacyAccepted", "true");
		submit(professionalA, form);
		assertThat(page(get("/requests/new"), professionalA)).doesNotContain("Brouillon : nos affiches");
	}

	@Test
	void mesDemandesShowsOnlyTheOrganisationsOwnRequestsWithStatusAndNextStep() throws Exception {
		String a = reference(submit(professionalA, valid()));
		String b = reference(submit(professionalB, valid()));

		String listA = page(get("/requests"), professionalA);
		assertThat(listA).contains(a).doesNotContain(b)
			.contains(text("request.status.NEW"))
			.contains(text("request.nextStep.NEW"));
		assertThat(page(get("/requests"), professionalB)).contains(b).doesNotContain(a);
	}

	@Test
	void anEmptyListSaysWhatToDoFirst() throws Exception {
		assertThat(page(get("/requests"), professionalA)).contains(text("request.list.empty"))
			.contains("href=\"/requests/new\"");
	}

	@Test
	void anotherOrganisationsRequestAndAnUnknownOneAreBoth404() throws Exception {
		String sent = submit(professionalA, valid());
		String reference = reference(sent);
		mvc.perform(get("/requests/" + reference).with(signedIn(professionalB))).andExpect(status().isNotFound());
		mvc.perform(get(sent).with(signedIn(professionalB))).andExpect(status().isNotFound());
		mvc.perform(post("/requests/" + reference + "/withdraw").with(signedIn(professionalB)).with(csrf())
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/requests/SESU-1999-9999").with(signedIn(professionalA))).andExpect(status().isNotFound());
		assertThat(requests.findByReference(Actor.of(professionalA), reference).orElseThrow().request().status())
			.isEqualTo(RequestStatus.NEW);
	}

	@Test
	void aProfessionalWithoutOrganisationIsSentToDescribeItFirst() throws Exception {
		PortalUser newcomer = accounts.createProfessional("new-" + UUID.randomUUID() + "@example.org", "Noa", null,
				null);
		mvc.perform(get("/requests/new").with(signedIn(newcomer)))
			.andExpect(redirectedUrl("/organisation"))
			.andExpect(flash().attribute("flashNotice", "request.organisationFirst"));
	}

	@Test
	void aNewRequestIsWithdrawnWithItsReasonInTheTimeline() throws Exception {
		String reference = reference(submit(professionalA, valid()));
		long version = requests.findByReference(Actor.of(professionalA), reference).orElseThrow().request().version();

		mvc.perform(post("/requests/" + reference + "/withdraw").with(signedIn(professionalA)).with(csrf())
			.param("version", String.valueOf(version))
			.param("reason", "Nous avons trouvé une autre aide."))
			.andExpect(redirectedUrl("/requests/" + reference))
			.andExpect(flash().attribute("flash", "request.withdraw.done"));

		String page = page(get("/requests/" + reference), professionalA);
		assertThat(page).contains(text("request.status.WITHDRAWN"))
			.contains(text("request.history.WITHDRAWN"))
			.contains(text("request.history.byYou"))
			.contains("Nous avons trouvé une autre aide.")
			.doesNotContain("action=\"/requests/" + reference + "/withdraw\"");
	}

	@Test
	void onceWorkHasStartedWithdrawingIsRefusedWithAClearMessageAndTheReasonKept() throws Exception {
		String reference = reference(submit(professionalA, valid()));
		PortalUser staff = accounts.createWithPassword("staff-" + UUID.randomUUID() + "@example.org",
				"Camille de l’équipe", Role.STAFF, "a long enough passphrase 42");
		Actor team = Actor.of(staff);
		SupportRequestView request = requests.findByReference(team, reference).orElseThrow().request();
		request = requests.assignLead(team, request.id(), request.version(), staff.accountId());
		request = requests.accept(team, request.id(), request.version(), WorkKind.WORKSHOP);
		long acceptedVersion = request.version();
		request = requests.start(team, request.id(), request.version());

		String page = mvc.perform(post("/requests/" + reference + "/withdraw").with(signedIn(professionalA)).with(csrf())
			.param("version", String.valueOf(request.version()))
			.param("reason", "Plus besoin <b>merci</b>"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<title>" + text("form.titlePrefix"))
			.contains(text("request.error.transition.notAllowed", text("request.action.WITHDRAWN"),
					text("request.status.IN_PROGRESS")))
			.contains("Plus besoin &lt;b&gt;merci&lt;/b&gt;")
			.contains(text("request.history.byTeam", "Camille de l’équipe"))
			.contains(text("request.history.ACCEPTED"));
		assertThat(requests.findByReference(team, reference).orElseThrow().request().status())
			.isEqualTo(RequestStatus.IN_PROGRESS);

		// A stale version (the page was open before the team moved): someone changed it, the reason stays.
		String stale = mvc.perform(post("/requests/" + reference + "/withdraw").with(signedIn(professionalA)).with(csrf())
			.param("version", String.valueOf(acceptedVersion))
			.param("reason", "Texte gardé"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(stale).contains(text("request.error.concurrentChange")).contains("Texte gardé");
	}

	@Test
	void aStaleVersionOnAWithdrawableRequestSaysSomeoneChangedItAndKeepsTheReason() throws Exception {
		String reference = reference(submit(professionalA, valid()));
		String page = mvc.perform(post("/requests/" + reference + "/withdraw").with(signedIn(professionalA)).with(csrf())
			.param("version", "41")
			.param("reason", "Ma raison tapée"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(text("request.error.concurrentChange"))
			.contains(">Ma raison tapée</textarea>");
	}

	private PortalUser professional(String postalCode) {
		String unique = UUID.randomUUID().toString();
		OrganisationView organisation = organisations.register(new NewOrganisation("Organisation " + unique,
				Sector.SANTE_MENTALE, null, "Rue 1", postalCode, "Commune", null, null, "Contact", null));
		return accounts.createProfessional("pro-" + unique + "@example.org", "Dominique " + postalCode, null,
				organisation.id());
	}

	private static Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("formToken", UUID.randomUUID().toString());
		form.put("kinds", "TOOL_REVIEW,TEAM_TRAINING");
		form.put("title", "Relecture de nos affiches");
		form.put("description", "Nos affiches de prévention parlent-elles à tout le monde ?");
		form.put("audience", "Les jeunes de notre quartier");
		form.put("audienceTags", "YOUNG_PEOPLE,LGBTQIA");
		form.put("desiredPeriod", "Avant l’été");
		form.put("preferredFormat", "TEAM");
		form.put("teamSize", "6");
		form.put("heardOfUs", "Une collègue");
		form.put("privacyAccepted", "true");
		return form;
	}

	private MockHttpServletRequestBuilder postForm(Map<String, String> form, PortalUser user) {
		MockHttpServletRequestBuilder request = post("/requests/new").with(signedIn(user)).with(csrf());
		form.forEach((name, value) -> {
			for (String part : name.equals("kinds") || name.equals("audienceTags") ? value.split(",")
					: new String[] { value }) {
				request.param(name, part);
			}
		});
		return request;
	}

	/** Submits and returns the confirmation URL it redirects to. */
	private String submit(PortalUser user, Map<String, String> form) throws Exception {
		return mvc.perform(postForm(form, user))
			.andExpect(redirectedUrlPattern("/requests/SESU-*/sent"))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private static String reference(String sentUrl) {
		return sentUrl.substring("/requests/".length(), sentUrl.length() - "/sent".length());
	}

	private String page(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
		return mvc.perform(request.with(signedIn(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String text(String key, Object... args) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, args, FRENCH), "UTF-8");
	}

}
