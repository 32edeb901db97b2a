package be.femmesetsante.sesu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.casework.workshop.Workshops;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.ReferenceEntry;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.HistoryEntryView;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.RequestSummary;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;

/**
 * The demo seeder on the suite's shared context. The {@code demo} profile stays off there (it would
 * create an admin, and the first-admin set-up test needs a database without one), so the test
 * builds the seeder itself from the real services and seeds without the admin.
 */
@IntegrationTest
class DemoDataTest {

	static final String STAFF_EMAIL = "camille@demo.sesu.be";

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
	Workshops workshops;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	List<ReferenceList> referenceLists;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	be.femmesetsante.sesu.retention.Retention retention;

	@Autowired
	MockMvc mvc;

	@Test
	void seedsEveryStatusOnceAndRenewsOnlyThePassword() throws Exception {
		DemoDataSeeder seeder = new DemoDataSeeder(accounts, organisations, requests, sessions, followUps, workshops,
				transactionManager, "http://localhost:8080", referenceLists, jdbc);

		DemoSeeding first = seeder.seed(false);

		assertThat(first.organisationsCreated() + first.organisationsKept()).isEqualTo(DemoCatalogue.ORGANISATIONS.size());
		DemoCatalogue.ORGANISATIONS.forEach(organisation -> assertThat(organisations.findFirstByName(organisation.name()))
			.as(organisation.name()).isPresent());
		assertThat(accounts.findByEmail(DemoCatalogue.ADMIN.email())).as("no admin without withAdmin").isEmpty();
		assertThat(first.accountsWithPassword()).extracting(DemoCatalogue.DemoAccount::role)
			.containsExactly(Role.STAFF, Role.STAFF, Role.PARTNER);

		Actor staff = actor(STAFF_EMAIL);
		List<RequestSummary> seeded = visible(staff);
		assertThat(seeded).extracting(RequestSummary::status).contains(RequestStatus.values());
		assertThat(seeded).filteredOn(r -> r.status() == RequestStatus.ACCEPTED)
			.extracting(RequestSummary::workKind)
			.contains(WorkKind.CONSULTATION, WorkKind.WORKSHOP);
		assertThat(seeded).filteredOn(RequestSummary::germanSpeaking)
			.extracting(RequestSummary::status, RequestSummary::region)
			.contains(Tuple.tuple(RequestStatus.NEW, Region.WALLONIA));
		assertThat(seeded).extracting(RequestSummary::region).contains(Region.BRUSSELS, Region.WALLONIA);
		// One request ended long enough ago for tonight's retention run (unless a run took it already);
		// and the seeding itself left audit rows (the team's reads and moves).
		List<String> longAgo = jdbc.sql("select reference from support_request where title = ?")
			.param(DemoCatalogue.LONG_AGO_TITLE).query(String.class).list();
		assertThat(longAgo).hasSizeLessThanOrEqualTo(1);
		longAgo.forEach(reference -> assertThat(retention.preview().requests())
			.extracting(be.femmesetsante.sesu.retention.Retention.DueRequest::reference).contains(reference));
		assertThat(jdbc.sql("select count(*) from audit_event e join support_request r on r.reference = e.request_reference"
				+ " where r.title = ?").param(DemoCatalogue.LONG_AGO_TITLE).query(Long.class).single())
			.as("audit rows of the long-ago request").isGreaterThanOrEqualTo(longAgo.isEmpty() ? 0 : 5);
		assertThat(seeded).filteredOn(r -> r.status() == RequestStatus.IN_REVIEW)
			.allSatisfy(r -> assertThat(r.leadAccountId()).isNotNull());

		List<RequestSummary> partnerSees = visible(actor(DemoCatalogue.PARTNER.email()));
		assertThat(partnerSees).isNotEmpty().allSatisfy(r -> assertThat(r.region()).isEqualTo(Region.BRUSSELS));
		assertThat(partnerSees).hasSameSizeAs(seeded.stream().filter(r -> r.region() == Region.BRUSSELS).toList());

		// A retired redirect service: no longer offered, still named on the request redirected to it.
		ReferenceList redirects = referenceLists.stream().filter(l -> l.name().equals("redirects")).findFirst().orElseThrow();
		assertThat(redirects.find(DemoCatalogue.RETIRED_REDIRECT_CODE)).get()
			.extracting(ReferenceEntry::offered).isEqualTo(false);
		assertThat(seeded).filteredOn(r -> r.status() == RequestStatus.REDIRECTED)
			.map(r -> requests.findVisible(staff, r.id()).orElseThrow().request().redirectTargetCode())
			.contains(DemoCatalogue.RETIRED_REDIRECT_CODE);

		// The requester withdrew, not the team: the history says who.
		RequestSummary withdrawn = seeded.stream().filter(r -> r.status() == RequestStatus.WITHDRAWN).findFirst().orElseThrow();
		List<HistoryEntryView> history = requests.findVisible(staff, withdrawn.id()).orElseThrow().history();
		long requester = requests.findVisible(staff, withdrawn.id()).orElseThrow().request().requesterAccountId();
		assertThat(history.get(history.size() - 1).actorAccountId()).isEqualTo(requester);

		// Casework: sessions on the requests in progress and closed, follow-ups with an overdue action,
		// and one workshop gathering the accepted workshop requests of two organisations.
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
		assertThat(seeded).filteredOn(r -> r.status() == RequestStatus.IN_PROGRESS || r.status() == RequestStatus.CLOSED)
			.filteredOn(r -> r.workKind() == WorkKind.CONSULTATION)
			.isNotEmpty()
			.allSatisfy(r -> assertThat(sessions.of(staff, r.id())).as(r.reference()).hasSizeGreaterThanOrEqualTo(1));
		RequestSummary inProgress = seeded.stream().filter(r -> r.status() == RequestStatus.IN_PROGRESS).findFirst()
			.orElseThrow();
		assertThat(followUps.contactsOf(staff, inProgress.id())).isNotEmpty();
		assertThat(followUps.timeOf(staff, inProgress.id())).isNotEmpty();
		assertThat(followUps.actionsOf(staff, inProgress.id()))
			.anySatisfy(a -> assertThat(a.dueDate()).isBefore(today));
		List<Workshops.WorkshopRow> demoWorkshops = workshops.list(staff).stream()
			.filter(w -> w.theme().equals(DemoCatalogue.WORKSHOP_THEME)).toList();
		assertThat(demoWorkshops).singleElement().satisfies(w -> assertThat(w.requests()).isEqualTo(2));
		Workshops.WorkshopView workshop = workshops.find(staff, demoWorkshops.get(0).id()).orElseThrow();
		assertThat(workshop.perOrganisation()).hasSize(2);
		assertThat(workshop.participations()).extracting(Workshops.ParticipationRow::region)
			.containsExactlyInAnyOrder(Region.BRUSSELS, Region.WALLONIA);

		DemoSeeding second = seeder.seed(false);

		assertThat(workshops.list(staff).stream().filter(w -> w.theme().equals(DemoCatalogue.WORKSHOP_THEME)))
			.as("the workshop is made once").hasSize(1);
		assertThat(sessions.of(staff, inProgress.id())).as("sessions are logged once").hasSize(2);

		assertThat(second.organisationsCreated()).isZero();
		assertThat(second.organisationsKept()).isEqualTo(DemoCatalogue.ORGANISATIONS.size());
		assertThat(visible(staff)).extracting(RequestSummary::reference)
			.containsExactlyInAnyOrderElementsOf(seeded.stream().map(RequestSummary::reference).toList());

		assertThat(second.password()).isNotEqualTo(first.password()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(accounts.findByEmail(STAFF_EMAIL).orElseThrow().getPassword()).as("no hash outside the password check")
			.isNull();
		String hash = jdbc.sql("select password_hash from account where email = ?").param(STAFF_EMAIL).query(String.class).single();
		assertThat(passwordEncoder.matches(second.password(), hash)).isTrue();
		assertThat(passwordEncoder.matches(first.password(), hash)).as("the old password is gone").isFalse();
		// The renewed password is the first factor: it leads to the code page and mails the code.
		mvc.perform(formLogin("/login").userParameter("email").user(STAFF_EMAIL).password(second.password()))
			.andExpect(authenticated().withUsername(STAFF_EMAIL).withRoles("STAFF"))
			.andExpect(redirectedUrl("/login/code"));
		assertThat(TestMailbox.body(TestMailbox.awaitMailAbout(STAFF_EMAIL, "code de connexion"))).containsPattern("\\b\\d{6}\\b");
		mvc.perform(formLogin("/login").userParameter("email").user(STAFF_EMAIL).password(first.password()))
			.andExpect(unauthenticated());
	}

	@Test
	void bannerListsEveryDemoAccountAndThePassword() {
		DemoSeeding seeding = new DemoSeeding("s3cret-demo-password-x", DemoCatalogue.accountsWithPassword(true), 5, 0);

		String banner = seeding.banner("http://localhost:8080");

		assertThat(banner).contains("http://localhost:8080/login", "s3cret-demo-password-x",
				"admin@demo.sesu.be", "camille@demo.sesu.be", "yasmine@demo.sesu.be", "partenaire.oss@demo.sesu.be",
				"ADMIN", "STAFF", "PARTNER", "awa.diallo@demo.sesu.be", "jonas.schmitz@demo.sesu.be");
		assertThat(seeding.toString()).doesNotContain("s3cret");
	}

	/** The demo organisations' requests only: other tests share the database and file their own. */
	private List<RequestSummary> visible(Actor actor) {
		java.util.Set<Long> demoOrganisations = DemoCatalogue.ORGANISATIONS.stream()
			.map(o -> organisations.findFirstByName(o.name()).orElseThrow().id())
			.collect(java.util.stream.Collectors.toSet());
		return requests.listVisible(actor, PageRequest.of(0, 10_000)).getContent().stream()
			.filter(r -> demoOrganisations.contains(r.organisationId()))
			.toList();
	}

	private Actor actor(String email) {
		PortalUser user = accounts.findByEmail(email).orElseThrow();
		return new Actor(user.accountId(), user.displayName(), user.role(), user.organisationId());
	}

}
