package be.femmesetsante.sesu.casework;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestAction;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.StatementCounter;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inbox and a request's casework page through MockMvc and the real services, on PostgreSQL:
 * filters, accent-blind search, paging and counts, the partner's Brussels-only scope, refused and
 * concurrent moves, and a constant number of SQL statements per page.
 */
@IntegrationTest
class CaseworkIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	RequestInbox inbox;

	World world;

	String brusselsRef;

	String walloniaRef;

	String germanRef;

	@BeforeEach
	void createRequests() {
		world = CaseworkFixture.create(accounts, organisations);
		brusselsRef = CaseworkFixture.submit(requests, world.brusselsPro(), "Soutien à l’évaluation " + world.tag(),
				"Nous voulons évaluer nos consultations prénatales.", SupportKind.EVALUATION);
		walloniaRef = CaseworkFixture.submit(requests, world.walloniaPro(), "Relecture d’affiches " + world.tag(),
				"Nos affiches sur la contraception.", SupportKind.TOOL_REVIEW);
		germanRef = CaseworkFixture.submit(requests, world.germanPro(), "Workshop Gender " + world.tag(),
				"Ein Workshop für unser Team.", SupportKind.TEAM_TRAINING);
	}

	private InboxPage search(PortalUser who, InboxFilter filter) {
		return inbox.search(Actor.of(who), filter, PageRequest.of(0, RequestInbox.PAGE_SIZE));
	}

	private InboxFilter text(String text) {
		return new InboxFilter(null, null, null, null, null, null, null, text, false);
	}

	private List<String> references(InboxPage page) {
		return page.rows().getContent().stream().map(InboxRow::reference).toList();
	}

	@Test
	void searchIgnoresAccentsAndFrenchEndingsAcrossTitleDescriptionOrganisationAndReference() {
		assertThat(references(search(world.staff(), text("evaluation " + world.tag())))).containsExactly(brusselsRef);
		assertThat(references(search(world.staff(), text("Liege " + world.tag())))).containsExactly(walloniaRef);
		assertThat(references(search(world.staff(), text("prenatale " + world.tag())))).containsExactly(brusselsRef);
		assertThat(references(search(world.staff(), text(germanRef)))).containsExactly(germanRef);
		assertThat(references(search(world.staff(), text(world.tag()))))
			.containsExactly(germanRef, walloniaRef, brusselsRef);
	}

	@Test
	void filtersNarrowTheListAndTheRowsCarryNamesAndFlags() {
		InboxFilter wallonia = new InboxFilter(Region.WALLONIA, null, null, null, null, null, null, world.tag(), false);
		assertThat(references(search(world.staff(), wallonia))).containsExactly(germanRef, walloniaRef);
		InboxFilter planning = new InboxFilter(null, null, null, null, Sector.PLANNING_FAMILIAL, null, null,
				world.tag(), false);
		assertThat(references(search(world.staff(), planning))).containsExactly(walloniaRef);
		InboxFilter evaluation = new InboxFilter(null, null, null, SupportKind.EVALUATION, null, null, null,
				world.tag(), false);
		assertThat(references(search(world.staff(), evaluation))).containsExactly(brusselsRef);
		InboxFilter toDecide = new InboxFilter(null, null, null, null, null, null, null, world.tag(), true);
		InboxPage decide = search(world.staff(), toDecide);
		assertThat(references(decide)).containsExactly(germanRef);
		assertThat(decide.toDecideCount()).isEqualTo(1);
		assertThat(decide.rows().getContent().get(0).toDecide()).isTrue();

		SupportRequestView brussels = requests.findByReference(world.staffActor(), brusselsRef).orElseThrow().request();
		requests.assignLead(world.staffActor(), brussels.id(), brussels.version(), world.staff().accountId());
		InboxFilter mine = new InboxFilter(null, null, InboxFilter.Lead.ME, null, null, null, null, world.tag(), false);
		assertThat(search(world.staff(), mine).rows().getContent()).singleElement().satisfies(row -> {
			assertThat(row.reference()).isEqualTo(brusselsRef);
			assertThat(row.leadName()).isEqualTo(world.staff().displayName());
			assertThat(row.organisationName()).isEqualTo(world.brussels().name());
			assertThat(row.status()).isEqualTo(RequestStatus.IN_REVIEW);
			assertThat(row.daysWaiting()).isZero();
			assertThat(row.overdueAction()).isFalse();
		});
		InboxFilter unassigned = new InboxFilter(null, null, InboxFilter.Lead.UNASSIGNED, null, null, null, null,
				world.tag(), false);
		assertThat(references(search(world.staff(), unassigned))).containsExactly(germanRef, walloniaRef);
		InboxFilter inReview = new InboxFilter(null, RequestStatus.IN_REVIEW, null, null, null, null, null,
				world.tag(), false);
		InboxPage reviewed = search(world.staff(), inReview);
		assertThat(references(reviewed)).containsExactly(brusselsRef);
		assertThat(reviewed.countOf(RequestStatus.NEW)).as("tabs count the other statuses too").isEqualTo(2);
		assertThat(reviewed.countOf(RequestStatus.IN_REVIEW)).isEqualTo(1);
		InboxFilter future = new InboxFilter(null, null, null, null, null, java.time.LocalDate.now().plusDays(2), null,
				world.tag(), false);
		assertThat(search(world.staff(), future).rows()).isEmpty();
	}

	@Test
	void thePartnerSeesBrusselsOnlyInListsSearchCountsAndPages() throws Exception {
		InboxPage all = search(world.partner(), text(world.tag()));
		assertThat(references(all)).containsExactly(brusselsRef);
		assertThat(all.totalCount()).isEqualTo(1);
		assertThat(all.toDecideCount()).isZero();
		assertThat(references(search(world.partner(), text("Liege " + world.tag())))).isEmpty();
		assertThat(references(search(world.partner(), new InboxFilter(Region.WALLONIA, null, null, null, null, null,
				null, world.tag(), false)))).isEmpty();

		String html = html(get("/casework/inbox").param("q", world.tag()), world.partner(), 200);
		assertThat(html).contains(brusselsRef).doesNotContain(walloniaRef).doesNotContain(germanRef);
		assertThat(html(get("/casework/requests/" + brusselsRef), world.partner(), 200)).contains(brusselsRef)
			.doesNotContain("/casework/requests/" + brusselsRef + "/decline");
		html(get("/casework/requests/" + walloniaRef), world.partner(), 404);
		html(get("/casework/requests/" + germanRef), world.partner(), 404);
		for (String action : List.of("lead", "accept", "start", "decline", "redirect", "close")) {
			html(post("/casework/requests/" + brusselsRef + "/" + action).param("version", "0").param("reason", "x"),
					world.partner(), 403);
		}
		assertThat(requests.findByReference(world.staffActor(), brusselsRef).orElseThrow().request().status())
			.isEqualTo(RequestStatus.NEW);
	}

	@Test
	void pagesOf25KeepTheFiltersAndTheStatementCountDoesNotGrowWithThePage() throws Exception {
		String bulk = CaseworkFixture.tag();
		for (int i = 0; i < 60; i++) {
			CaseworkFixture.submit(requests, world.brusselsPro(), "Demande " + bulk + " numéro " + i,
					"Description", SupportKind.DOCUMENTATION);
		}
		InboxPage first = search(world.staff(), text(bulk));
		assertThat(first.rows().getContent()).hasSize(25);
		assertThat(first.rows().getTotalElements()).isEqualTo(60);
		assertThat(first.rows().getTotalPages()).isEqualTo(3);
		assertThat(first.rows().getContent().get(0).title()).endsWith("numéro 59");
		InboxPage last = inbox.search(world.staffActor(), text(bulk), PageRequest.of(2, 25));
		assertThat(last.rows().getContent()).hasSize(10);
		assertThat(last.rows().getContent().get(9).title()).endsWith("numéro 0");

		String page2 = html(get("/casework/inbox").param("q", bulk).param("region", "BRUSSELS").param("page", "2"),
				world.staff(), 200);
		assertThat(page2).contains("/casework/inbox?q=" + bulk + "&amp;region=BRUSSELS&amp;page=3")
			.contains("/casework/inbox?q=" + bulk + "&amp;region=BRUSSELS&amp;page=1")
			.contains("Page 2 sur 3");

		int oneRow = StatementCounter.count(() -> search(world.staff(), text(brusselsRef)));
		int fullPage = StatementCounter.count(() -> search(world.staff(), text(bulk)));
		// The plan setting, the organisations the words name, the counts, the rows.
		assertThat(oneRow).isEqualTo(fullPage).isEqualTo(4);
		int onePage = StatementCounter.count(() -> html(get("/casework/inbox").param("q", brusselsRef), world.staff(), 200));
		int bigPage = StatementCounter.count(() -> html(get("/casework/inbox").param("q", bulk), world.staff(), 200));
		assertThat(onePage).isEqualTo(bigPage);
	}

	@Test
	void aConsultationGoesFromLeadToClosingThroughThePage() throws Exception {
		String page = "/casework/requests/" + brusselsRef;
		move("lead", world.staff(), "leadAccountId", String.valueOf(world.otherStaff().accountId()));
		assertThat(html(get(page), world.staff(), 200)).contains(world.otherStaff().displayName());
		move("accept", world.staff(), "workKind", "CONSULTATION");
		move("start", world.staff());
		move("close", world.staff(), "summary", "Deux séances avec l’équipe.");
		SupportRequestView done = view(brusselsRef);
		assertThat(done.status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(done.workKind()).isEqualTo(WorkKind.CONSULTATION);
		assertThat(done.leadAccountId()).isEqualTo(world.otherStaff().accountId());
		assertThat(done.closingSummary()).isEqualTo("Deux séances avec l’équipe.");
		assertThat(requests.findByReference(world.staffActor(), brusselsRef).orElseThrow().history())
			.extracting(h -> h.action())
			.containsExactly(RequestAction.SUBMITTED, RequestAction.LEAD_ASSIGNED, RequestAction.ACCEPTED,
					RequestAction.STARTED, RequestAction.CLOSED);
	}

	@Test
	void aRedirectTakesAServiceFromTheListOrOtherWithText() throws Exception {
		move("redirect", world.staff(), "target", "other", "targetOther", "Kaleido Ostbelgien");
		assertThat(view(germanRef).redirectTarget()).isEqualTo("Kaleido Ostbelgien");
		assertThat(references(search(world.staff(), new InboxFilter(null, null, null, null, null, null, null,
				world.tag(), true)))).as("no longer to decide").isEmpty();

		String form = html(get("/casework/requests/" + walloniaRef), world.staff(), 200);
		assertThat(form).contains("Sensoa");
		// Listed services are chosen by their code (reference list, V25).
		String id = form.replaceAll("(?s).*<option value=\"([A-Z0-9_]+)\">Sensoa.*", "$1");
		assertThat(id).isEqualTo("SENSOA");
		SupportRequestView wallonia = view(walloniaRef);
		mvc.perform(post("/casework/requests/" + walloniaRef + "/redirect").param("version",
				String.valueOf(wallonia.version())).param("target", id).with(signedIn(world.staff())).with(csrf()));
		assertThat(view(walloniaRef).redirectTarget()).startsWith("Sensoa");
		assertThat(view(walloniaRef).redirectTargetCode()).isEqualTo("SENSOA");
		// The page names the service in the reader's language, from the list.
		assertThat(html(get("/casework/requests/" + walloniaRef).param("lang", "en"), world.staff(), 200))
			.contains("Sensoa – sexual health (Flanders)")
			// The version of the privacy notice the request was sent under, linked.
			.contains("href=\"/privacy/" + view(walloniaRef).privacyNoticeVersion() + "\"");
	}

	@Test
	void aRefusedMoveExplainsKeepsTheTypedTextAndChangesNothing() throws Exception {
		SupportRequestView before = view(brusselsRef);
		String missing = html(post("/casework/requests/" + brusselsRef + "/redirect")
			.param("version", String.valueOf(before.version())).param("target", "other").param("targetOther", " "),
				world.staff(), 422);
		assertThat(missing).contains("Indiquez vers quel service vous réorientez la demande.");

		move("lead", world.staff(), "leadAccountId", String.valueOf(world.staff().accountId()));
		move("accept", world.staff(), "workKind", "WORKSHOP");
		SupportRequestView accepted = view(brusselsRef);
		String refused = html(post("/casework/requests/" + brusselsRef + "/decline")
			.param("version", String.valueOf(accepted.version())).param("reason", "Texte tapé avec soin"),
				world.staff(), 422);
		assertThat(refused).contains("Cette demande est à l’étape «\u00a0Acceptée\u00a0»")
			.contains("Ne pas retenir la demande")
			.contains("Texte tapé avec soin");
		assertThat(view(brusselsRef)).isEqualTo(accepted);
	}

	@Test
	void theSecondEditorIsToldSeesTheNewStateAndKeepsTheirText() throws Exception {
		SupportRequestView shown = view(walloniaRef);
		String version = String.valueOf(shown.version());
		mvc.perform(post("/casework/requests/" + walloniaRef + "/lead").param("version", version)
			.param("leadAccountId", String.valueOf(world.otherStaff().accountId()))
			.with(signedIn(world.otherStaff())).with(csrf()));
		String second = html(post("/casework/requests/" + walloniaRef + "/decline").param("version", version)
			.param("reason", "Hors de notre mission, désolé"), world.staff(), 409);
		assertThat(second).contains("Quelqu’un a modifié cette demande")
			.contains("En cours d’analyse")
			.contains(world.otherStaff().displayName())
			.contains("Hors de notre mission, désolé");
		SupportRequestView after = view(walloniaRef);
		assertThat(after.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(after.declineReason()).isNull();
		assertThat(second).contains("name=\"version\" value=\"" + after.version() + "\"");
	}

	@Test
	void theRequestPageShowsWhatWasSentTheHistoryAndTheThreadInBothLanguages() throws Exception {
		String fr = html(get("/casework/requests/" + germanRef), world.staff(), 200);
		assertThat(fr).contains("Ein Workshop für unser Team.").contains("Historique").contains("Demande envoyée")
			.contains("Communauté germanophone").contains("Messages et documents")
			.contains("/casework/requests/" + germanRef + "/redirect");
		String en = html(get("/casework/requests/" + germanRef).param("lang", "en"), world.staff(), 200);
		assertThat(en).contains("History").contains("German-speaking Community").contains("I take the lead");
		html(get("/casework/requests/SESU-1999-9999"), world.staff(), 404);
	}

	private SupportRequestView view(String reference) {
		return requests.findByReference(world.staffActor(), reference).orElseThrow().request();
	}

	private void move(String action, PortalUser who, String... params) throws Exception {
		String reference = action.equals("redirect") && params.length > 0 && params[1].equals("other") ? germanRef
				: brusselsRef;
		MockHttpServletRequestBuilder request = post("/casework/requests/" + reference + "/" + action)
			.param("version", String.valueOf(view(reference).version()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request.with(signedIn(who)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(action).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/casework/requests/" + reference);
	}

	private String html(MockHttpServletRequestBuilder request, PortalUser who, int status) {
		try {
			if (!"GET".equals(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod())) {
				request.with(csrf());
			}
			MvcResult result = mvc.perform(request.with(signedIn(who))).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(status);
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
