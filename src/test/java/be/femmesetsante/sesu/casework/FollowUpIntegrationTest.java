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
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.DailyDigest;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import jakarta.mail.Message;

/**
 * Sessions, workshops, follow-ups, the dashboard and the daily digest, through the real pages and
 * services on the real database, for staff and for the OSS partner (Brussels only, read-only).
 */
@IntegrationTest
class FollowUpIntegrationTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Sessions sessions;

	@Autowired
	FollowUps followUps;

	@Autowired
	DailyDigest digest;

	FollowUpFixture world;

	LocalDate today;

	@BeforeEach
	void setUp() {
		world = FollowUpFixture.create(accounts, organisations, requests);
		today = LocalDate.now(BRUSSELS);
	}

	@Test
	void theFirstSessionStartsTheWorkAndTheSectionShowsIt() throws Exception {
		String reference = world.consultation().reference();

		logSession(reference, world.staff(), "2026-03-12", "90", "ON_SITE", "6", "Équipe motivée, suite en avril")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/casework/requests/" + reference + "#sessions"));

		assertThat(statusOf(reference)).isEqualTo(RequestStatus.IN_PROGRESS);
		logSession(reference, world.staff(), "2026-04-02", "60", "REMOTE", "4", "")
			.andExpect(redirectedUrl("/casework/requests/" + reference + "#sessions"));
		assertThat(sessions.of(world.staffActor(), world.consultation().id())).extracting(Sessions.SessionView::durationMinutes,
				Sessions.SessionView::mode, Sessions.SessionView::participants)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(60, SessionMode.REMOTE, 4),
					org.assertj.core.groups.Tuple.tuple(90, SessionMode.ON_SITE, 6));
		assertThat(history(reference)).as("one start in the history").isEqualTo(1);

		String page = page(reference, world.staff());
		assertThat(page).contains("12 mars 2026", "90 min", "Sur place", "À distance", "Équipe motivée, suite en avril",
				"2 séances, 150 minutes au total.", "Accompagnement en cours");
	}

	@Test
	void aSessionOnANewRequestIsRefusedWithTheReasonAndKeepsWhatWasTyped() throws Exception {
		String reference = world.fresh().reference();

		MvcResult refused = logSession(reference, world.staff(), "2026-03-12", "75", "PHONE", "3", "Notes à garder")
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(statusOf(reference)).isEqualTo(RequestStatus.NEW);
		assertThat(sessions.of(world.staffActor(), world.fresh().id())).isEmpty();
		// The request's page itself answers, with the reason beside the form and everything typed in it.
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("Statut de la demande\u00a0: Envoyée, en attente de lecture.", "acceptée comme consultation",
				"value=\"75\"", "value=\"2026-03-12\"");
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
		assertThat(form.select("#session-notes").text()).isEqualTo("Notes à garder");
		assertThat(form.select("#session-mode-PHONE").hasAttr("checked")).isTrue();

		// A field at fault is marked where it stands, and the page still answers 422.
		org.jsoup.nodes.Document zero = org.jsoup.Jsoup.parse(logSession(world.consultation().reference(), world.staff(),
				"2026-03-12", "0", "PHONE", "3", "").andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString());
		assertThat(zero.select("#session-duration").attr("aria-invalid")).isEqualTo("true");
		assertThat(zero.select("#session-duration-error").text()).contains("Indiquez la durée en minutes, entre 1 et");

		logSession(world.consultation().reference(), world.staff(), "2026-03-12", "0", "PHONE", "3", "")
			.andExpect(status().isUnprocessableContent());
		assertThat(statusOf(world.consultation().reference())).as("a refused session starts nothing")
			.isEqualTo(RequestStatus.ACCEPTED);
	}

	@Test
	void aWorkshopGathersRequestsOfSeveralOrganisationsCountedPerOrganisation() throws Exception {
		MvcResult created = mvc.perform(post("/casework/workshops").with(csrf()).with(signedIn(world.staff()))
			.param("theme", "Genre et accueil " + world.run())
			.param("dates", "2026-05-12", "2026-05-19", "")
			.param("place", "Rue de la Victoire 26, Saint-Gilles")
			.param("facilitators", String.valueOf(world.staff().accountId()), String.valueOf(world.colleague().accountId())))
			.andExpect(redirectedUrlPattern("/casework/workshops/*"))
			.andReturn();
		String workshop = created.getResponse().getRedirectedUrl();

		attach(workshop, world.workshopBrussels().reference(), "9").andExpect(redirectedUrl(workshop + "#requests"));
		attach(workshop, world.workshopOther().reference(), "5").andExpect(redirectedUrl(workshop + "#requests"));
		attach(workshop, world.workshopWallonia().reference(), "4").andExpect(redirectedUrl(workshop + "#requests"));
		MvcResult refused = attach(workshop, world.consultation().reference(), "3")
			.andExpect(status().isUnprocessableContent()).andReturn();
		attach(workshop, world.workshopOther().reference(), "2").andExpect(status().isUnprocessableContent());

		String staffPage = read(workshop, world.staff());
		assertThat(staffPage).contains("Genre et accueil " + world.run(), "12 mai 2026", "19 mai 2026",
				world.organisationA(), world.organisationC(), world.organisationWallonia(),
				world.staff().displayName(), world.colleague().displayName());
		assertThat(rowOf(staffPage, world.organisationA())).contains(world.workshopBrussels().reference(), ">9<");
		assertThat(rowOf(staffPage, world.organisationC())).contains(world.workshopOther().reference(), ">5<");
		assertThat(staffPage).contains(">18<");
		String refusedPage = refused.getResponse().getContentAsString();
		assertThat(refusedPage).contains("Seule une demande acceptée comme atelier", world.consultation().reference());

		// The partner: the Brussels requests only, no forms; a workshop of Wallonia requests only does not exist.
		String partnerPage = read(workshop, world.partner());
		assertThat(partnerPage).contains(world.organisationA(), world.organisationC(), ">14<")
			.doesNotContain(world.organisationWallonia())
			.doesNotContain(world.workshopWallonia().reference())
			.doesNotContain("attach-form");
		assertThat(read("/casework/workshops", world.partner())).contains("Genre et accueil " + world.run());
		mvc.perform(post(workshop + "/requests").with(csrf()).with(signedIn(world.partner()))
			.param("reference", world.workshopBrussels().reference()).param("participants", "3"))
			.andExpect(status().isForbidden());

		// The request's page shows its workshop.
		assertThat(page(world.workshopOther().reference(), world.staff())).contains("Genre et accueil " + world.run(),
				"5 participant·es pour cette demande\u202f; 3 organisations");
		assertThat(page(world.workshopOther().reference(), world.partner())).contains("Genre et accueil " + world.run());

		MvcResult walloniaOnly = mvc.perform(post("/casework/workshops").with(csrf()).with(signedIn(world.staff()))
			.param("theme", "Atelier namurois " + world.run()).param("dates", "2026-06-01").param("online", "true")
			.param("facilitators", String.valueOf(world.staff().accountId()))).andReturn();
		String other = walloniaOnly.getResponse().getRedirectedUrl();
		mvc.perform(post("/casework/workshops").with(csrf()).with(signedIn(world.staff())).param("theme", "Sans date")
			.param("place", "Namur").param("facilitators", String.valueOf(world.staff().accountId())))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get(other).with(signedIn(world.partner()))).andExpect(status().isNotFound());
		assertThat(read("/casework/workshops", world.partner())).doesNotContain("Atelier namurois " + world.run());
	}

	@Test
	void contactsNextActionsAndTimeAreLoggedAndPartnersSeeOnlyDatesAndKinds() throws Exception {
		String reference = world.consultation().reference();
		String page = "/casework/requests/" + reference + "";

		staffPost(reference + "/contacts", "date", "2026-03-10", "channel", "PHONE", "summary", "Appel au sujet de Mme X")
			.andExpect(redirectedUrl(page + "#contacts"));
		staffPost(reference + "/next-actions", "what", "Envoyer la grille d’analyse", "dueDate",
				today.minusDays(1).toString(), "assignee", String.valueOf(world.staff().accountId()))
			.andExpect(redirectedUrl(page + "#next-actions"));
		staffPost(reference + "/time", "date", "2026-03-10", "minutes", "45", "activity", "PREPARATION")
			.andExpect(redirectedUrl(page + "#time"));
		staffPost(reference + "/time", "date", "2026-03-11", "minutes", "", "activity", "TRAVEL")
			.andExpect(status().isUnprocessableContent());
		staffPost(reference + "/next-actions", "what", "", "dueDate", "2026-03-11", "assignee",
				String.valueOf(world.partner().accountId()))
			.andExpect(status().isUnprocessableContent());

		assertThat(followUps.contactsOf(world.staffActor(), world.consultation().id())).hasSize(1);
		assertThat(followUps.timeOf(world.staffActor(), world.consultation().id())).extracting(FollowUps.TimeView::minutes,
				FollowUps.TimeView::activity).containsExactly(org.assertj.core.groups.Tuple.tuple(45, Activity.PREPARATION));
		List<FollowUps.ActionView> actions = followUps.actionsOf(world.staffActor(), world.consultation().id());
		assertThat(actions).singleElement().satisfies(a -> assertThat(a.done()).isFalse());

		String staffPage = read(page, world.staff());
		assertThat(staffPage).contains("Appel au sujet de Mme X", "Envoyer la grille d’analyse", "En retard", "Téléphone",
				"45 min", "Préparation", "Total\u00a0: 45 minutes.", "contact-form");

		String partnerPage = read(page, world.partner());
		assertThat(partnerPage).contains("10 mars 2026", "Téléphone", "45 min", "Préparation", "En retard")
			.doesNotContain("Mme X")
			.doesNotContain("grille d’analyse")
			.doesNotContain("<form id=\"contact-form\"")
			.doesNotContain("session-form");
		for (String route : List.of("/contacts", "/next-actions", "/time", "/sessions",
				"/next-actions/" + actions.get(0).id() + "/done")) {
			mvc.perform(post("/casework/requests/" + reference + route).with(csrf()).with(signedIn(world.partner()))
				.param("date", "2026-03-10").param("channel", "PHONE")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/casework/requests/{r}", world.wallonia().reference()).with(signedIn(world.partner())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/casework/requests/{r}", world.wallonia().reference()).with(signedIn(world.staff())))
			.andExpect(status().isOk());

		staffPost(reference + "/next-actions/" + actions.get(0).id() + "/done", "version", String.valueOf(actions.get(0).version()))
			.andExpect(redirectedUrl(page + "#next-actions"));
		assertThat(followUps.actionsOf(world.staffActor(), world.consultation().id())).singleElement()
			.satisfies(a -> assertThat(a.done()).isTrue());
		staffPost(world.wallonia().reference() + "/next-actions/" + actions.get(0).id() + "/done")
			.andExpect(status().isNotFound());
	}

	@Test
	void theDashboardListsMyOpenCasesMyDueActionsAndNewUnassignedRequests() throws Exception {
		String reference = world.consultation().reference();
		followUps.addAction(world.staffActor(), reference, "Rappeler l’équipe " + world.run(), today.minusDays(3),
				world.staff().accountId());
		followUps.addAction(world.staffActor(), reference, "Préparer la séance " + world.run(), today,
				world.staff().accountId());
		followUps.addAction(world.staffActor(), reference, "Plus tard " + world.run(), today.plusDays(2),
				world.staff().accountId());
		followUps.addAction(world.staffActor(), reference, "Pour Yasmine " + world.run(), today,
				world.colleague().accountId());

		// The inbox flags the request with the overdue action, in the same query as its row.
		assertThat(read("/casework/inbox?q=" + reference, world.staff())).contains("Action en retard");
		assertThat(read("/casework/inbox?q=" + world.fresh().reference(), world.staff())).doesNotContain("Action en retard");
		// …and the filter keeps only such requests.
		assertThat(read("/casework/inbox?overdue=true&q=" + reference, world.staff())).contains(reference);
		assertThat(read("/casework/inbox?overdue=true&q=" + world.fresh().reference(), world.staff()))
			.doesNotContain(world.fresh().reference() + "<");

		String mine = read("/casework/dashboard", world.staff());
		assertThat(mine).contains("Mes actions\u00a0: 1 en retard, 1 pour aujourd’hui", "Rappeler l’équipe " + world.run(),
				"Préparer la séance " + world.run(), world.consultation().reference(),
				world.workshopBrussels().reference(), world.organisationA())
			.doesNotContain("Plus tard " + world.run())
			.doesNotContain("Pour Yasmine " + world.run());
		String theirs = read("/casework/dashboard", world.colleague());
		assertThat(theirs).contains("Pour Yasmine " + world.run(), "Vous n’êtes référent·e d’aucune demande en cours.")
			.doesNotContain("Rappeler l’équipe " + world.run());
		mvc.perform(get("/casework/dashboard").with(signedIn(world.partner()))).andExpect(status().isForbidden());
	}

	@Test
	void theDigestMailsEachStaffMemberWithSomethingDueAndNobodyElse() throws Exception {
		String reference = world.consultation().reference();
		followUps.addAction(world.staffActor(), reference, "Texte secret " + world.run(), today.minusDays(1),
				world.staff().accountId());
		followUps.addAction(world.staffActor(), world.workshopBrussels().reference(), "Autre secret", today,
				world.staff().accountId());
		followUps.addAction(world.staffActor(), reference, "Demain", today.plusDays(1), world.colleague().accountId());
		long done = followUps.addAction(world.staffActor(), reference, "Fait", today.minusDays(5),
				world.colleague().accountId());
		followUps.markDone(world.staffActor(), reference, done, 0);

		assertThat(digest.send(today)).isPositive();

		Message mail = TestMailbox.awaitMail(world.staff().email(), 1);
		assertThat(TestMailbox.subject(mail)).contains("1 action en retard, 1 pour aujourd’hui");
		assertThat(TestMailbox.body(mail)).contains(reference, world.workshopBrussels().reference(), "/casework/dashboard")
			.doesNotContain("secret")
			.doesNotContain(world.consultation().title());
		Thread.sleep(500);
		assertThat(TestMailbox.mailsTo(world.colleague().email())).as("nothing due: no mail").isEmpty();
		assertThat(TestMailbox.mailsTo(world.staff().email())).as("one mail per staff member").hasSize(1);
	}

	private org.springframework.test.web.servlet.ResultActions logSession(String reference, PortalUser who, String date,
			String duration, String mode, String participants, String notes) throws Exception {
		return mvc.perform(post("/casework/requests/{r}/sessions", reference).with(csrf()).with(signedIn(who))
			.param("date", date).param("duration", duration).param("mode", mode)
			.param("participants", participants).param("notes", notes));
	}

	private org.springframework.test.web.servlet.ResultActions attach(String workshop, String reference,
			String participants) throws Exception {
		return mvc.perform(post(workshop + "/requests").with(csrf()).with(signedIn(world.staff()))
			.param("reference", reference).param("participants", participants));
	}

	private org.springframework.test.web.servlet.ResultActions staffPost(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/casework/requests/" + path).with(csrf()).with(signedIn(world.staff()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	/** The page a post redirected to, in the same (JDBC) session, so its flash attributes are there. */
	private String follow(MvcResult post, PortalUser who) throws Exception {
		jakarta.servlet.http.Cookie session = post.getResponse().getCookie("SESU_SESSION");
		assertThat(session).as("session cookie").isNotNull();
		String url = post.getResponse().getRedirectedUrl();
		return mvc.perform(get(url.substring(0, url.indexOf('#'))).cookie(session).with(signedIn(who)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String page(String reference, PortalUser who) throws Exception {
		return read("/casework/requests/" + reference + "", who);
	}

	private String read(String url, PortalUser who) throws Exception {
		return mvc.perform(get(url).with(signedIn(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private RequestStatus statusOf(String reference) {
		return requests.findByReference(world.staffActor(), reference).orElseThrow().request().status();
	}

	private long history(String reference) {
		return requests.findByReference(world.staffActor(), reference).orElseThrow().history().stream()
			.filter(h -> h.to() == RequestStatus.IN_PROGRESS).count();
	}

	/** The table row that names this organisation. */
	private static String rowOf(String page, String organisation) {
		int at = page.indexOf(organisation);
		assertThat(at).as(organisation).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}
}
