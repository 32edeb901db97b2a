package be.femmesetsante.sesu.casework;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;

/**
 * One request walked through every casework step by real staff, through the real pages, and after
 * each step the professional who sent it opens their page: it answers 200, shows what helps them
 * (status, lead, kind accepted, their sessions' date, mode and place, their workshop with their own
 * participants) and never the team's internal casework nor the other organisations of a workshop.
 * The internal texts carry marker words so their absence means something; the staff page is checked
 * to show every marker, so an absence cannot come from the marker never being written. The partner
 * (Brussels, read-only, never the thread) and staff pages are opened at each step too.
 */
@IntegrationTest
class RequesterSeesTheWorkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	World world;

	/** Marker words: only these internal texts contain them. */
	String sessionNotes;

	String contactSummary;

	String actionText;

	String sessionPlace;

	String closingSummary;

	@BeforeEach
	void setUp() {
		world = CaseworkFixture.create(accounts, organisations);
		sessionNotes = "Notesinternes " + world.tag() + " tension dans l’équipe";
		contactSummary = "Contactinterne " + world.tag() + " appel à la coordinatrice";
		actionText = "Actioninterne " + world.tag() + " relancer la direction";
		sessionPlace = "Salle Lumière " + world.tag() + ", Rue de la Victoire 26";
		closingSummary = "Deux séances sur l’accueil, grille remise " + world.tag();
	}

	@Test
	void theProfessionalFollowsAConsultationStepByStepAndNeverSeesTheTeamsInternalCasework() throws Exception {
		String reference = submitAsProfessional("Accueil des personnes trans " + world.tag());
		// A Wallonia request the partner must never reach, whatever happens to the Brussels one.
		String wallonia = CaseworkFixture.submit(requests, world.walloniaPro(), "Wallonie " + world.tag(),
				"Une demande liégeoise.", SupportKind.PROJECT_SUPPORT);
		Expectations expected = new Expectations(reference);
		expected.visible("Envoyée, en attente de lecture");
		checkEveryView("submitted", expected, wallonia);

		staffPost(reference, "lead", "version", version(reference), "leadAccountId",
				String.valueOf(world.staff().accountId()));
		expected.replaceStatus("En cours d’analyse").lead(world.staff().displayName());
		checkEveryView("lead taken", expected, wallonia);

		staffPost(reference, "accept", "version", version(reference), "workKind", "CONSULTATION");
		expected.replaceStatus("Acceptée").kind("Consultation (accompagnement individuel ou d’équipe)");
		checkEveryView("accepted as a consultation", expected, wallonia);

		staffPost(reference, "sessions", "date", "2026-03-12", "duration", "97", "mode", "ON_SITE", "participants",
				"7", "place", sessionPlace, "notes", sessionNotes);
		expected.replaceStatus("Accompagnement en cours").session("2026-03-12", "12 mars 2026", "Sur place", sessionPlace);
		expected.internal(sessionNotes);
		checkEveryView("session logged", expected, wallonia);

		staffPost(reference, "contacts", "date", "2026-03-13", "channel", "PHONE", "summary", contactSummary);
		expected.internal(contactSummary);
		checkEveryView("contact added", expected, wallonia);

		// Due yesterday, so staff see it overdue: the requester must not.
		staffPost(reference, "next-actions", "what", actionText, "dueDate", LocalDate.now(Brussels()).minusDays(1)
			.toString(), "assignee", String.valueOf(world.staff().accountId()));
		expected.internal(actionText).staffSees("En retard");
		checkEveryView("next action added", expected, wallonia);

		staffPost(reference, "time", "date", "2026-03-14", "minutes", "43", "activity", "PREPARATION");
		expected.staffSees("Total : 43 minutes.");
		checkEveryView("time logged", expected, wallonia);

		staffPost(reference, "close", "version", version(reference), "summary", closingSummary);
		expected.replaceStatus("Terminée").visible(closingSummary);
		// Ending the request closes its next action (after the commit): no longer overdue, closed with it.
		expected.staffOnly.remove("En retard");
		expected.staffSees("Clôturée avec la demande");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(
				() -> assertThat(html(get("/casework/requests/" + reference), world.staff(), 200).text())
					.contains("Clôturée avec la demande"));
		checkEveryView("closed", expected, wallonia);
	}

	@Test
	void theProfessionalSeesTheirWorkshopButNeverTheOtherOrganisationsInIt() throws Exception {
		String reference = submitAsProfessional("Atelier accueil " + world.tag());
		// Two other organisations' requests, accepted as workshops, gathered in the same workshop:
		// one from Brussels (the partner sees it, the professional must not), one from Wallonia.
		OrganisationView otherBrussels = organisations.register(CaseworkFixture.organisation(
				"Centre de planning d’Ixelles " + world.tag(), Sector.PLANNING_FAMILIAL, "1050", "Ixelles"));
		PortalUser otherPro = accounts.createProfessional("ix-" + world.tag() + "@example.org", "Sam " + world.tag(),
				null, otherBrussels.id());
		String otherReference = acceptedAsWorkshop(otherPro, "Atelier Ixelles " + world.tag());
		String walloniaReference = acceptedAsWorkshop(world.walloniaPro(), "Atelier Liège " + world.tag());

		Expectations expected = new Expectations(reference);
		expected.visible("Envoyée, en attente de lecture");
		expected.neverForRequester(otherBrussels.name(), world.wallonia().name(), otherReference, walloniaReference);
		checkEveryView("submitted", expected, walloniaReference);

		staffPost(reference, "lead", "version", version(reference), "leadAccountId",
				String.valueOf(world.otherStaff().accountId()));
		expected.replaceStatus("En cours d’analyse").lead(world.otherStaff().displayName());
		checkEveryView("lead given to a colleague", expected, walloniaReference);

		staffPost(reference, "accept", "version", version(reference), "workKind", "WORKSHOP");
		expected.replaceStatus("Acceptée").kind("Atelier (séance collective)");
		checkEveryView("accepted as a workshop", expected, walloniaReference);

		String theme = "Genre et accueil " + world.tag();
		String workshopPlace = "Maison des femmes " + world.tag() + ", Rue Théodore Verhaegen 150";
		MvcResult created = mvc.perform(post("/casework/workshops").with(csrf()).with(signedIn(world.staff()))
			.param("theme", theme)
			.param("dates", "2026-05-12", "2026-05-19", "")
			.param("place", workshopPlace)
			.param("facilitators", String.valueOf(world.staff().accountId())))
			.andExpect(redirectedUrlPattern("/casework/workshops/*"))
			.andReturn();
		String workshop = created.getResponse().getRedirectedUrl();
		attach(workshop, reference, "9");
		attach(workshop, otherReference, "5");
		attach(workshop, walloniaReference, "4");
		expected.visible(theme, "12 mai 2026", "19 mai 2026", workshopPlace, "9 participant·es de votre organisation.");
		// The other organisations' counts and the workshop's total are not the requester's.
		expected.staffSees("3 organisations dans l’atelier");
		assertThat(html(get(workshop), world.staff(), 200).text()).as("staff's workshop page: every organisation")
			.contains(otherBrussels.name(), world.wallonia().name(), otherReference, walloniaReference, reference);
		expected.neverForRequester("organisations dans l’atelier");
		Document workshopForPartner = html(get(workshop), world.partner(), 200);
		assertThat(workshopForPartner.text()).as("the partner's workshop page: Brussels only")
			.contains(otherBrussels.name(), world.brussels().name())
			.doesNotContain(world.wallonia().name())
			.doesNotContain(walloniaReference);
		checkEveryView("attached to a workshop with two other organisations", expected, walloniaReference);

		staffPost(reference, "start", "version", version(reference));
		expected.replaceStatus("Accompagnement en cours");
		checkEveryView("started", expected, walloniaReference);

		staffPost(reference, "close", "version", version(reference), "summary", closingSummary);
		expected.replaceStatus("Terminée").visible(closingSummary);
		checkEveryView("closed", expected, walloniaReference);
	}

	// --- the three views, after each step ---

	/**
	 * Opens the request as the professional, the partner and staff: what each must and must not see.
	 * {@code wallonia}: a Wallonia request, which the partner must not reach.
	 */
	private void checkEveryView(String step, Expectations expected, String wallonia) throws Exception {
		String reference = expected.reference;

		// The professional's own page.
		String raw = raw(get("/requests/" + reference), world.brusselsPro(), 200, step);
		Document page = Jsoup.parse(raw);
		String text = page.text();
		assertThat(text).as("%s: the professional's page shows", step).contains(expected.visible);
		assertThat(page.select("span.status").text()).as("%s: the status", step)
			.isEqualTo(expected.status == null ? "Envoyée, en attente de lecture" : expected.status);
		assertThat(page.selectFirst("section#messages")).as("%s: the professional keeps their thread", step).isNotNull();
		Element support = page.selectFirst("#your-support");
		if (expected.lead != null || expected.kind != null) {
			assertThat(support).as("%s: 'your support' facts", step).isNotNull();
			if (expected.lead != null) {
				assertThat(support.text()).as("%s: the lead's name", step).contains(expected.lead);
			}
			if (expected.kind != null) {
				assertThat(support.text()).as("%s: the kind accepted", step).contains(expected.kind);
			}
		}
		Element sessions = page.selectFirst("section#sessions");
		for (String[] session : expected.sessions) {
			assertThat(sessions).as("%s: the sessions section", step).isNotNull();
			assertThat(sessions.select("time[datetime='" + session[0] + "']")).as("%s: the session's date", step).isNotEmpty();
			assertThat(sessions.text()).as("%s: the session's date, mode and place", step)
				.contains(session[1], session[2], session[3]);
		}
		for (String hidden : expected.internal) {
			assertThat(text).as("%s: the professional never reads internal text", step).doesNotContain(hidden);
			assertThat(raw).as("%s: not even in the HTML", step).doesNotContain(hidden);
		}
		for (String hidden : expected.neverForRequester) {
			assertThat(raw).as("%s: the professional never sees another organisation of the workshop", step)
				.doesNotContainPattern(Pattern.compile("\\b" + Pattern.quote(hidden) + "\\b"));
		}
		assertThat(text).as("%s: no time, no durations, no overdue tags, no follow-ups", step)
			.doesNotContain("En retard", "Temps passé", "minutes", "Prochaines actions", "Contacts",
					"Nombre de participant·es", "Notes")
			.doesNotContainPattern(Pattern.compile("\\b\\d+ min\\b"));
		assertThat(raw).as("%s: no overdue class, no follow-up section", step)
			.doesNotContain("overdue", "id=\"follow-ups\"");
		assertThat(page.select("a[href*=/casework/], form[action*=/casework/]"))
			.as("%s: no link to the team's pages", step).isEmpty();

		// Staff: everything, including every internal marker (so the absences above mean something).
		Document staff = html(get("/casework/requests/" + reference), world.staff(), 200);
		List<String> staffSees = new ArrayList<>(expected.internal);
		staffSees.addAll(expected.staffOnly);
		for (String shown : staffSees) {
			assertThat(staff.text()).as("%s: staff see the internal casework", step).contains(shown);
		}
		assertThat(staff.selectFirst("section#messages")).as("%s: staff have the thread", step).isNotNull();

		// The partner: the Brussels case read-only, never the thread, notes, summaries or what actions say.
		Document partner = html(get("/casework/requests/" + reference), world.partner(), 200);
		assertThat(partner.selectFirst("section#messages")).as("%s: partners never read the thread", step).isNull();
		assertThat(partner.select("#documents, #message-form, #document-form")).as("%s: nor documents", step).isEmpty();
		assertThat(partner.select("form[method=post]")).as("%s: partners only read", step)
			.allSatisfy(form -> assertThat(form.attr("action")).endsWith("/logout"));
		for (String hidden : expected.internal) {
			assertThat(partner.outerHtml()).as("%s: partners never read internal text", step).doesNotContain(hidden);
		}
		assertThat(partner.text()).as("%s: partners never see Wallonia in a workshop", step)
			.doesNotContain(world.wallonia().name());
		raw(get("/casework/requests/" + wallonia), world.partner(), 404, step + " (partner, Wallonia)");
		raw(get("/requests/" + reference + "/documents/1"), world.partner(), 403, step + " (partner, a document)");
	}

	/** What the professional must see, and the texts only others may read, as the journey goes on. */
	static final class Expectations {

		final String reference;

		final List<String> visible = new ArrayList<>();

		final List<String> internal = new ArrayList<>();

		final List<String> staffOnly = new ArrayList<>();

		final List<String> neverForRequester = new ArrayList<>();

		final List<String[]> sessions = new ArrayList<>();

		String status;

		String lead;

		String kind;

		Expectations(String reference) {
			this.reference = reference;
			visible.add(reference);
		}

		Expectations visible(String... texts) {
			visible.addAll(List.of(texts));
			return this;
		}

		Expectations replaceStatus(String newStatus) {
			visible.remove(status == null ? "Envoyée, en attente de lecture" : status);
			status = newStatus;
			visible.add(newStatus);
			return this;
		}

		Expectations lead(String name) {
			lead = name;
			return this;
		}

		Expectations kind(String text) {
			kind = text;
			return this;
		}

		Expectations session(String iso, String date, String mode, String place) {
			sessions.add(new String[] { iso, date, mode, place });
			return this;
		}

		Expectations internal(String marker) {
			internal.add(marker);
			return this;
		}

		Expectations staffSees(String... texts) {
			staffOnly.addAll(List.of(texts));
			return this;
		}

		Expectations neverForRequester(String... texts) {
			neverForRequester.addAll(List.of(texts));
			return this;
		}
	}

	// --- steps, through the real pages ---

	/** The professional sends the form, as the request page does; returns the new reference. */
	private String submitAsProfessional(String title) throws Exception {
		MvcResult sent = mvc.perform(post("/requests/new").with(signedIn(world.brusselsPro())).with(csrf())
			.param("formToken", UUID.randomUUID().toString())
			.param("kinds", "PROJECT_SUPPORT")
			.param("title", title)
			.param("description", "Revoir notre accueil avec l’équipe.")
			.param("preferredFormat", "TEAM")
			.param("teamSize", "6")
			.param("privacyAccepted", "true"))
			.andExpect(redirectedUrlPattern("/requests/*/sent"))
			.andReturn();
		return sent.getResponse().getRedirectedUrl().replaceAll("^/requests/([^/]+)/sent$", "$1");
	}

	private String acceptedAsWorkshop(PortalUser professional, String title) {
		Actor staff = world.staffActor();
		String reference = CaseworkFixture.submit(requests, professional, title, "Pour toute l’équipe.",
				SupportKind.TEAM_TRAINING);
		SupportRequestView request = requests.findByReference(staff, reference).orElseThrow().request();
		request = requests.assignLead(staff, request.id(), request.version(), staff.accountId());
		requests.accept(staff, request.id(), request.version(), WorkKind.WORKSHOP);
		return reference;
	}

	/** The version the staff page's forms carry, as a person's browser would send it back. */
	private String version(String reference) throws Exception {
		Document page = html(get("/casework/requests/" + reference), world.staff(), 200);
		Element version = page.selectFirst("section.case-actions input[name=version]");
		assertThat(version).as("a move's form on the staff page").isNotNull();
		return version.attr("value");
	}

	/** A staff form sent; it must succeed (back to the request's page, never to one of its forms). */
	private void staffPost(String reference, String path, String... params) throws Exception {
		var request = post("/casework/requests/" + reference + "/" + path).with(csrf()).with(signedIn(world.staff()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s on %s", path, reference).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).as("%s accepted", path)
			.startsWith("/casework/requests/" + reference)
			.doesNotEndWith("-form");
	}

	private void attach(String workshop, String reference, String participants) throws Exception {
		mvc.perform(post(workshop + "/requests").with(csrf()).with(signedIn(world.staff()))
			.param("reference", reference).param("participants", participants))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(workshop + "#requests"));
	}

	private Document html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			PortalUser user, int expected) throws Exception {
		return Jsoup.parse(raw(request, user, expected, request.toString()));
	}

	private String raw(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			PortalUser user, int expected, String what) throws Exception {
		MvcResult result = mvc.perform(request.with(signedIn(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s: %s for %s", what,
				result.getRequest().getRequestURI(), user.email()).isEqualTo(expected);
		return result.getResponse().getContentAsString();
	}

	private static java.time.ZoneId Brussels() {
		return java.time.ZoneId.of("Europe/Brussels");
	}
}
