package be.femmesetsante.sesu.organisation;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.Language;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.SignedIn;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Asks to join an organisation decided by the team (the professional joins, and is told by mail in
 * their language), and organisations registered twice merged by an admin (members, asks and
 * requests follow; the merged one is kept for history and no longer offered).
 */
@IntegrationTest
class OrganisationAdministrationTest {

	static final String PASSWORD = "a long enough passphrase for tests";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffConfirmAnAskToJoinOnTheirPageTheProfessionalJoinsAndIsToldInTheirLanguage() throws Exception {
		String run = run();
		EnterpriseNumber number = number();
		OrganisationView registered = organisations.register(organisation("Maison Rejoindre " + run, number));
		PortalUser staff = accounts.createWithPassword("staff-join-" + run + "@example.org", "Sam Équipe", Role.STAFF,
				PASSWORD);
		PortalUser professional = accounts.signInByLink("join-" + run + "@example.org");
		accounts.updateProfile(professional.accountId(), "Jo Rejoint", null, Language.ENGLISH);
		organisations.requestToJoin(professional.accountId(), number);

		String page = mvc.perform(get("/join-requests").with(SignedIn.signedIn(staff)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Jo Rejoint").contains("Maison Rejoindre " + run);
		long id = administration.pendingJoinRequests().stream()
			.filter(row -> row.accountId() == professional.accountId())
			.findFirst().orElseThrow().id();

		MockHttpServletResponse confirmed = mvc.perform(post("/join-requests/" + id + "/confirm").with(csrf())
			.with(SignedIn.signedIn(staff))).andReturn().getResponse();
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/join-requests");
		assertThat(accounts.findById(professional.accountId()).orElseThrow().organisationId())
			.isEqualTo(registered.id());
		var mail = TestMailbox.awaitMail(professional.email(), 1);
		assertThat(TestMailbox.subject(mail)).isEqualTo("You have joined Maison Rejoindre " + run);

		// Decided once: a second decision is explained on the page, nothing changes.
		MockHttpServletResponse again = mvc.perform(post("/join-requests/" + id + "/refuse").with(csrf())
			.with(SignedIn.signedIn(staff))).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(422);
		assertThat(again.getContentAsString()).contains("Cette demande a déjà été traitée.");

		// The professional's own page shows the organisation at once (the session follows the account).
		String mine = mvc.perform(get("/organisation").with(SignedIn.signedIn(professional)))
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("Maison Rejoindre " + run);
	}

	@Test
	void aRefusedAskLeavesTheProfessionalOutsideAndTellsThemInFrench() {
		String run = run();
		EnterpriseNumber number = number();
		organisations.register(organisation("Planning Refus " + run, number));
		PortalUser professional = accounts.signInByLink("refused-" + run + "@example.org");
		organisations.requestToJoin(professional.accountId(), number);
		long id = administration.pendingJoinRequests().stream()
			.filter(row -> row.accountId() == professional.accountId())
			.findFirst().orElseThrow().id();
		administration.decide(professional, id, false);
		assertThat(accounts.findById(professional.accountId()).orElseThrow().organisationId()).isNull();
		assertThat(TestMailbox.subject(TestMailbox.awaitMail(professional.email(), 1)))
			.isEqualTo("Votre demande pour rejoindre Planning Refus " + run);
		assertThat(organisations.hasPendingJoinRequest(professional.accountId())).isFalse();
	}

	@Test
	void mergingMovesMembersAsksAndRequestsToTheKeptOrganisationAndTheMergedOneIsNoLongerOffered() throws Exception {
		String run = run();
		EnterpriseNumber duplicateNumber = number();
		OrganisationView kept = organisations.register(organisation("Maison Gardée " + run, null));
		OrganisationView duplicate = organisations.register(organisation("Maison Gardee (doublon) " + run,
				duplicateNumber));
		PortalUser member = accounts.createProfessional("member-" + run + "@example.org", "Membre", null, duplicate.id());
		String reference = requests.submit(Actor.of(member), new SubmitRequest("Demande du doublon " + run,
				"Texte", null, List.of(), Set.of(SupportKind.OTHER), null, PreferredFormat.TEAM, 5, null, "1"));
		PortalUser asking = accounts.signInByLink("asking-" + run + "@example.org");
		organisations.requestToJoin(asking.accountId(), duplicateNumber);
		PortalUser admin = accounts.createWithPassword("admin-merge-" + run + "@example.org", "Ada", Role.ADMIN,
				PASSWORD);
		try {
			MockHttpServletResponse same = mvc.perform(post("/admin/organisations/merge").with(csrf())
				.with(SignedIn.signedIn(admin))
				.param("keptId", String.valueOf(kept.id()))
				.param("mergedId", String.valueOf(kept.id()))).andReturn().getResponse();
			assertThat(same.getStatus()).isEqualTo(422);
			assertThat(same.getContentAsString()).contains("Choisissez deux organisations différentes.");

			MockHttpServletResponse merged = mvc.perform(post("/admin/organisations/merge").with(csrf())
				.with(SignedIn.signedIn(admin))
				.param("keptId", String.valueOf(kept.id()))
				.param("mergedId", String.valueOf(duplicate.id()))).andReturn().getResponse();
			assertThat(merged.getRedirectedUrl()).isEqualTo("/admin/organisations/merge");
		}
		finally {
			jdbc.sql("update account set role = 'STAFF', enabled = false where id = ?").param(admin.accountId()).update();
		}

		assertThat(accounts.findById(member.accountId()).orElseThrow().organisationId()).isEqualTo(kept.id());
		assertThat(jdbc.sql("select organisation_id from request_summary_view where reference = ?")
			.param(reference).query(Long.class).single()).isEqualTo(kept.id());
		assertThat(administration.pendingJoinRequests().stream().filter(r -> r.accountId() == asking.accountId()))
			.singleElement().extracting(JoinRequestRow::organisationId).isEqualTo(kept.id());
		assertThat(administration.mergeChoices()).extracting(OrganisationChoice::id)
			.contains(kept.id()).doesNotContain(duplicate.id());
		// The duplicate stays (history), pointing to the kept one, which took its enterprise number.
		assertThat(organisations.findById(duplicate.id())).isPresent();
		assertThat(organisations.findById(kept.id()).orElseThrow().enterpriseNumber()).isEqualTo(duplicateNumber);
		// Asking to join with that number now leads to the kept organisation.
		PortalUser later = accounts.signInByLink("later-" + run + "@example.org");
		assertThat(organisations.requestToJoin(later.accountId(), duplicateNumber).orElseThrow().id()).isEqualTo(kept.id());
		// And merging the merged one again is refused.
		assertThatThrownBy(() -> administration.merge(admin, kept.id(), duplicate.id()))
			.isInstanceOf(JoinRequestRefusal.class);
	}

	static NewOrganisation organisation(String name, EnterpriseNumber number) {
		return new NewOrganisation(name, Sector.MAISON_MEDICALE, null, "Rue de l’Exemple 12", "1060", "Saint-Gilles",
				number, null, "Camille Contact", null);
	}

	static EnterpriseNumber number() {
		long firstEight = 1L + new Random().nextInt(19_999_998);
		return new EnterpriseNumber(String.format("%08d%02d", firstEight, EnterpriseNumber.checkDigitsFor(firstEight)));
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
