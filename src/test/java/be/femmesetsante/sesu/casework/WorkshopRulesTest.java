package be.femmesetsante.sesu.casework;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.dashboard.Dashboard;
import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.casework.workshop.Workshops;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.support.IntegrationTest;

/**
 * The workshop aggregate and the request's ending, on the real database: two people editing one
 * workshop, two people attaching one request at the same moment, and a request that ends leaving
 * its workshop's counts and its next actions.
 */
@IntegrationTest
class WorkshopRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Workshops workshops;

	@Autowired
	FollowUps followUps;

	@Autowired
	Sessions sessions;

	@Autowired
	Dashboard dashboard;

	@Autowired
	PlatformTransactionManager transactionManager;

	FollowUpFixture world;

	@BeforeEach
	void setUp() {
		world = FollowUpFixture.create(accounts, organisations, requests);
	}

	@Test
	void anEditMadeOnAWorkshopSomeoneElseChangedMeanwhileIsRefusedAndWhatWasTypedIsKept() throws Exception {
		long id = plan("Genre et santé mentale " + world.run());
		long shown = workshops.find(world.staffActor(), id).orElseThrow().version();
		// Yasmine saves first, from the same page version.
		workshops.update(Actor.of(world.colleague()), id, shown, details("Renommé par Yasmine " + world.run()));

		MvcResult refused = mvc.perform(post("/casework/workshops/" + id).with(csrf()).with(signedIn(world.staff()))
			.param("version", String.valueOf(shown))
			.param("theme", "Ce que Camille a tapé " + world.run())
			.param("dates", "2026-05-12")
			.param("place", "Namur")
			.param("facilitators", String.valueOf(world.staff().accountId())))
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(workshops.find(world.staffActor(), id).orElseThrow().theme())
			.as("nothing overwritten").isEqualTo("Renommé par Yasmine " + world.run());
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("Quelqu’un d’autre vient de modifier cet atelier")
			.contains("Renommé par Yasmine " + world.run())
			.contains("value=\"Ce que Camille a tapé " + world.run() + "\"");

		// Saving again, now knowingly over Yasmine's version, goes through.
		long current = workshops.find(world.staffActor(), id).orElseThrow().version();
		assertThat(page).contains("name=\"version\" value=\"" + current + "\"");
		workshops.update(world.staffActor(), id, current, details("Ce que Camille a tapé " + world.run()));
		assertThat(workshops.find(world.staffActor(), id).orElseThrow().theme())
			.isEqualTo("Ce que Camille a tapé " + world.run());
	}

	@Test
	void twoPeopleAttachingOneRequestToTwoWorkshopsAtOnceGetItInOneAndAClearRefusalForTheOther() throws Exception {
		long first = plan("Premier " + world.run());
		long second = plan("Second " + world.run());
		String reference = world.workshopBrussels().reference();
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);

		CompletableFuture<Throwable> other = transaction.execute(status -> {
			// Camille attaches, her transaction still open; Yasmine attaches the same request elsewhere.
			workshops.attach(world.staffActor(), first, reference, 9);
			CompletableFuture<Throwable> yasmine = CompletableFuture.supplyAsync(() -> {
				try {
					workshops.attach(Actor.of(world.colleague()), second, reference, 4);
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			});
			// Yasmine's insert waits on Camille's uncommitted row (the unique key), then meets it.
			sleep(700);
			return yasmine;
		});

		Throwable refusal = other.get(20, TimeUnit.SECONDS);
		assertThat(refusal).isInstanceOfSatisfying(CaseworkException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("casework.workshop.error.alreadyIn"));
		assertThat(workshops.find(world.staffActor(), first).orElseThrow().participations())
			.extracting(Workshops.ParticipationRow::reference).containsExactly(reference);
		assertThat(workshops.find(world.staffActor(), second).orElseThrow().participations()).isEmpty();

		// And the same, not at the same moment: refused before anything is written.
		assertThatExceptionOfType(CaseworkException.class)
			.isThrownBy(() -> workshops.attach(world.staffActor(), second, reference, 4))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("casework.workshop.error.alreadyIn"));
	}

	@Test
	void aWithdrawnRequestLeavesItsWorkshopAndItsNextActionsCloseWithIt() throws Exception {
		long id = plan("Accueil des jeunes " + world.run());
		SupportRequestView request = world.workshopBrussels();
		workshops.attach(world.staffActor(), id, request.reference(), 9);
		workshops.attach(world.staffActor(), id, world.workshopOther().reference(), 5);
		followUps.addAction(world.staffActor(), request.reference(), "Rappeler l’équipe " + world.run(),
				LocalDate.now(Brussels.ZONE).minusDays(2), world.staff().accountId());
		assertThat(workshops.find(world.staffActor(), id).orElseThrow().totalParticipants()).isEqualTo(14);

		// The requester's own page shows their workshop, and not the other organisation in it.
		String requesterPage = mvc.perform(get("/requests/" + request.reference()).with(signedIn(world.professional())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(requesterPage).contains("Accueil des jeunes " + world.run())
			.contains("9 participant·es de votre organisation")
			.doesNotContain(world.organisationC())
			.doesNotContain(world.workshopOther().reference())
			.doesNotContain("Rappeler l’équipe");

		requests.withdraw(Actor.of(world.professional()), request.id(), request.version(), null);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(workshops.find(world.staffActor(), id).orElseThrow().participations())
				.extracting(Workshops.ParticipationRow::reference)
				.containsExactly(world.workshopOther().reference());
			assertThat(followUps.actionsOf(world.staffActor(), request.id())).singleElement()
				.satisfies(a -> assertThat(a.endedWithRequest()).isTrue());
		});
		assertThat(workshops.find(world.staffActor(), id).orElseThrow().totalParticipants()).isEqualTo(5);
		assertThat(dashboard.of(world.staffActor(), LocalDate.now(Brussels.ZONE)).dueActions())
			.extracting(Dashboard.DueAction::reference).doesNotContain(request.reference());
	}

	@Test
	void aClosedRequestsNextActionsLeaveTheDashboardButItsWorkshopKeepsCountingIt() throws Exception {
		String reference = world.consultation().reference();
		sessions.log(world.staffActor(), reference, new Sessions.NewSession(LocalDate.of(2026, 3, 2), 60,
				SessionMode.ON_SITE, 4, "Salle polyvalente", null));
		followUps.addAction(world.staffActor(), reference, "Envoyer le compte rendu " + world.run(),
				LocalDate.now(Brussels.ZONE), world.staff().accountId());
		assertThat(dueReferences()).contains(reference);

		SupportRequestView inProgress = requests.findByReference(world.staffActor(), reference).orElseThrow().request();
		requests.close(world.staffActor(), inProgress.id(), inProgress.version(), "Accompagnement terminé.");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dueReferences()).doesNotContain(reference));
		String staffPage = mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.staff())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("Clôturée avec la demande");
	}

	@Test
	void aSessionCannotBeLoggedOnAWorkshopRequestAndThePageSaysWhyKeepingTheText() throws Exception {
		String reference = world.workshopBrussels().reference();
		MvcResult refused = mvc.perform(post("/casework/requests/" + reference + "/sessions").with(csrf())
			.with(signedIn(world.staff()))
			.param("date", "2026-03-02").param("duration", "60").param("mode", "ON_SITE").param("participants", "3")
			.param("place", "").param("notes", "Notes de Camille " + world.run()))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(sessions.of(world.staffActor(), world.workshopBrussels().id())).isEmpty();
		assertThat(refused.getResponse().getContentAsString()).contains("acceptée comme consultation")
			.contains("Notes de Camille " + world.run());
	}

	@Test
	void sessionAndFollowUpReadsStayInTheReadersScopeWhoeverCallsThem() {
		String wallonia = world.wallonia().reference();
		sessions.log(world.staffActor(), wallonia, new Sessions.NewSession(LocalDate.of(2026, 3, 2), 60,
				SessionMode.ON_SITE, 4, "Namur", "Notes " + world.run()));
		followUps.addContact(world.staffActor(), wallonia, LocalDate.of(2026, 3, 3),
				be.femmesetsante.sesu.casework.followup.ContactChannel.PHONE, "Appel " + world.run());
		String own = world.consultation().reference();
		followUps.addContact(world.staffActor(), own, LocalDate.of(2026, 3, 3),
				be.femmesetsante.sesu.casework.followup.ContactChannel.EMAIL, "Courriel " + world.run());
		Actor partner = Actor.of(world.partner());
		Actor requester = Actor.of(world.professional());

		assertThat(sessions.of(world.staffActor(), world.wallonia().id())).hasSize(1);
		assertThat(sessions.of(partner, world.wallonia().id())).as("a Wallonia case, for the partner").isEmpty();
		assertThat(sessions.of(requester, world.wallonia().id())).as("another organisation's case").isEmpty();
		assertThat(followUps.contactsOf(partner, world.wallonia().id())).isEmpty();
		assertThat(followUps.contactsOf(partner, world.consultation().id())).hasSize(1);
		assertThat(followUps.contactsOf(requester, world.consultation().id()))
			.as("the requester's own case: follow-ups stay the team's").isEmpty();
		assertThat(followUps.contactsOf(world.staffActor(), world.consultation().id())).hasSize(1);
	}

	@Test
	void aParticipantCountOutOfBoundsIsExplainedOnTheWorkshopsPageAndTakingARequestOutStopsCountingIt() throws Exception {
		long id = plan("Comptage " + world.run());
		workshops.attach(world.staffActor(), id, world.workshopBrussels().reference(), 9);
		String count = "/casework/workshops/" + id + "/requests/" + world.workshopBrussels().id() + "/participants";

		String page = mvc.perform(post(count).with(csrf()).with(signedIn(world.staff())).param("participants", "20000"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Comptage " + world.run()).contains("Indiquez le nombre de participant·es, entre 0 et");
		assertThat(workshops.find(world.staffActor(), id).orElseThrow().totalParticipants()).isEqualTo(9);

		mvc.perform(post("/casework/workshops/" + id + "/requests/" + world.workshopBrussels().id() + "/detach")
			.with(csrf()).with(signedIn(world.staff()))
			.param("version", String.valueOf(workshops.find(world.staffActor(), id).orElseThrow().version())))
			.andExpect(redirectedUrl("/casework/workshops/" + id + "#requests"));
		assertThat(workshops.find(world.staffActor(), id).orElseThrow().participations()).isEmpty();
		// Out of the workshop, the request may join another one.
		long other = plan("Autre atelier " + world.run());
		workshops.attach(world.staffActor(), other, world.workshopBrussels().reference(), 4);
		assertThat(workshops.find(world.staffActor(), other).orElseThrow().totalParticipants()).isEqualTo(4);
	}

	private List<String> dueReferences() {
		return dashboard.of(world.staffActor(), LocalDate.now(Brussels.ZONE)).dueActions().stream()
			.map(Dashboard.DueAction::reference).toList();
	}

	private long plan(String theme) {
		return workshops.create(world.staffActor(), details(theme));
	}

	private Workshops.WorkshopDetails details(String theme) {
		return new Workshops.WorkshopDetails(theme, List.of(LocalDate.of(2026, 5, 12)), "Rue de la Victoire 26",
				false, List.of(world.staff().accountId()));
	}

	private String follow(MvcResult post, PortalUser who) throws Exception {
		jakarta.servlet.http.Cookie session = post.getResponse().getCookie("SESU_SESSION");
		assertThat(session).as("session cookie").isNotNull();
		String url = post.getResponse().getRedirectedUrl();
		return mvc.perform(get(url.substring(0, url.indexOf('#'))).cookie(session).with(signedIn(who)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
