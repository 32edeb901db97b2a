package be.femmesetsante.sesu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.shared.ReferenceEntry;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.ContactChannel;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.casework.workshop.Workshops;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoAccount;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoOrganisation;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoProfessional;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoRequest;
import be.femmesetsante.sesu.demo.DemoCatalogue.Outcome;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.RequestSummary;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;

/**
 * Fills the database with {@link DemoCatalogue}'s data when the {@code demo} profile is on, through
 * the same services the pages use, so the demo data obey every rule real data obey.
 * <p>
 * Safe to run at every start: accounts are found by e-mail, and an organisation found by name is
 * left alone with its people and requests. Each organisation is seeded in one transaction, so a
 * failed start leaves nothing half-made and the next start tries again. Only the password is
 * renewed, every time.
 * <p>
 * An {@link ApplicationRunner} rather than a listener of {@code ApplicationReadyEvent}: runners run
 * first, so the demo admin exists before the first-admin set-up looks, and it prints no set-up link.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);


	private final Accounts accounts;
	private final Organisations organisations;
	private final SupportRequests requests;
	private final Sessions sessions;
	private final FollowUps followUps;
	private final Workshops workshops;
	private final TransactionTemplate transaction;
	private final String baseUrl;
	private final ReferenceList redirectTargets;
	private final JdbcClient jdbc;

	DemoDataSeeder(Accounts accounts, Organisations organisations, SupportRequests requests, Sessions sessions,
			FollowUps followUps, Workshops workshops, PlatformTransactionManager transactionManager,
			@Value("${sesu.base-url}") String baseUrl, List<ReferenceList> referenceLists, JdbcClient jdbc) {
		this.redirectTargets = referenceLists.stream().filter(l -> "redirects".equals(l.name())).findFirst().orElseThrow();
		this.accounts = accounts;
		this.organisations = organisations;
		this.requests = requests;
		this.sessions = sessions;
		this.followUps = followUps;
		this.workshops = workshops;
		// A template rather than @Transactional: it also holds when a test builds the seeder itself.
		this.transaction = new TransactionTemplate(transactionManager);
		this.baseUrl = baseUrl;
		this.jdbc = jdbc;
	}

	/** Last year's and this year's activity for the reports (demo profile only; tests build the seeder without it). */
	private DemoReportHistory history;

	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setHistory(DemoReportHistory history) {
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoSeeding seeding = seed(true);
		if (history != null) {
			history.seed(DemoCatalogue.STAFF.stream()
				.map(member -> actor(accounts.findByEmail(member.email()).orElseThrow()))
				.toList());
		}
		log.warn(seeding.banner(baseUrl));
	}

	/**
	 * Seeds what is missing and gives the demo accounts a fresh password.
	 *
	 * @param withAdmin false leaves the admin out, for tests that share a database with the
	 *        first-admin set-up (which needs a database without admin)
	 */
	DemoSeeding seed(boolean withAdmin) {
		String password = DemoPassword.generate();
		List<DemoAccount> withPassword = DemoCatalogue.accountsWithPassword(withAdmin);
		for (DemoAccount account : withPassword) {
			// Known from an earlier start: createWithPassword would keep the old password, so renew
			// it. Checked first rather than hashing twice: PBKDF2 is slow on purpose.
			accounts.findByEmail(account.email()).ifPresentOrElse(
					known -> accounts.changePassword(known.accountId(), password),
					() -> accounts.createWithPassword(account.email(), account.displayName(), account.role(), password));
		}
		List<Actor> staff = DemoCatalogue.STAFF.stream()
			.map(member -> actor(accounts.findByEmail(member.email()).orElseThrow()))
			.toList();
		// The retired redirect service: offered while a demo request is redirected to it, then retired.
		if (redirectTargets.find(DemoCatalogue.RETIRED_REDIRECT_CODE).isEmpty()) {
			redirectTargets.add(DemoCatalogue.RETIRED_REDIRECT_CODE, DemoCatalogue.RETIRED_REDIRECT_FR,
					DemoCatalogue.RETIRED_REDIRECT_EN);
		}
		int created = 0;
		for (DemoOrganisation organisation : DemoCatalogue.ORGANISATIONS) {
			if (organisations.findFirstByName(organisation.name()).isEmpty()) {
				transaction.executeWithoutResult(status -> seedOrganisation(organisation, staff));
				created++;
			}
		}
		transaction.executeWithoutResult(status -> seedWorkshop(staff));
		redirectTargets.find(DemoCatalogue.RETIRED_REDIRECT_CODE)
			.filter(ReferenceEntry::offered)
			.ifPresent(e -> redirectTargets.change(e.code(), e.version(), e.labelFr(), e.labelEn(), e.position(), false));
		return new DemoSeeding(password, withPassword, created, DemoCatalogue.ORGANISATIONS.size() - created);
	}

	private void seedOrganisation(DemoOrganisation organisation, List<Actor> staff) {
		OrganisationView registered = organisations.register(organisation.details());
		List<Actor> professionals = new ArrayList<>();
		for (DemoProfessional professional : organisation.professionals()) {
			PortalUser user = accounts.createProfessional(professional.email(), professional.displayName(),
					professional.pronouns(), registered.id());
			if (!Long.valueOf(registered.id()).equals(user.organisationId())) {
				// The address belongs to another organisation (renamed since the last start?):
				// requests submitted under it would land there. Roll back rather than guess.
				throw new IllegalStateException("Demo professional " + professional.email()
						+ " belongs to another organisation; start from an empty database to reseed the demo");
			}
			professionals.add(actor(user));
		}
		for (DemoRequest request : organisation.requests()) {
			Actor requester = professionals.get(request.requesterIndex());
			String reference = requests.submit(requester, request.details());
			moveTo(request.outcome(), reference, requester, staff);
			followUp(request.outcome(), reference, staff);
			if (DemoCatalogue.LONG_AGO_TITLE.equals(request.details().title())) {
				endedLongAgo(reference);
			}
		}
	}

	/**
	 * Dates a demo request back: sent 27 months ago, ended 25 months ago, so retention anonymises it
	 * tonight. Demo data only, written through the request module's published view (a plain
	 * projection of one table, so PostgreSQL updates through it); no module does this.
	 */
	private void endedLongAgo(String reference) {
		jdbc.sql("""
				update request_summary_view set submitted_at = now() - interval '27 months',
				       updated_at = now() - interval '25 months'
				where reference = :reference""")
			.param("reference", reference)
			.update();
	}

	/** Contacts, time and next actions (one overdue) on the requests the team works on or has closed. */
	private void followUp(Outcome outcome, String reference, List<Actor> staff) {
		if (outcome.status() != RequestStatus.IN_PROGRESS && outcome.status() != RequestStatus.CLOSED) {
			return;
		}
		Actor lead = staff.get(outcome.leadIndex());
		LocalDate today = LocalDate.now(Brussels.ZONE);
		if (outcome.status() == RequestStatus.IN_PROGRESS) {
			followUps.addContact(lead, reference, today.minusDays(12), ContactChannel.PHONE,
					"Premier échange avec la coordinatrice : attentes de l'équipe et calendrier.");
			followUps.logTime(lead, reference, today.minusDays(10), 90, Activity.PREPARATION);
			followUps.logTime(lead, reference, today.minusDays(7), 40, Activity.TRAVEL);
			followUps.addAction(lead, reference, "Envoyer la grille d'analyse des supports", today.minusDays(3),
					lead.accountId());
			followUps.addAction(lead, reference, "Préparer la deuxième séance", today.plusDays(7), lead.accountId());
		}
	}

	/**
	 * The demo workshop, made once: it gathers the accepted workshop requests (two organisations,
	 * Brussels and Wallonia, so the partner sees only the Brussels one).
	 */
	private void seedWorkshop(List<Actor> staff) {
		Actor lead = staff.get(0);
		boolean exists = workshops.list(lead).stream().anyMatch(w -> w.theme().equals(DemoCatalogue.WORKSHOP_THEME));
		if (exists) {
			return;
		}
		java.util.Set<Long> demoOrganisations = DemoCatalogue.ORGANISATIONS.stream()
			.map(o -> organisations.findFirstByName(o.name()))
			.flatMap(java.util.Optional::stream)
			.map(OrganisationView::id)
			.collect(java.util.stream.Collectors.toSet());
		List<RequestSummary> waiting = requests.listVisible(lead, org.springframework.data.domain.PageRequest.of(0, 1_000))
			.stream()
			.filter(r -> demoOrganisations.contains(r.organisationId()))
			.filter(r -> r.status() == RequestStatus.ACCEPTED && r.workKind() == WorkKind.WORKSHOP)
			.filter(r -> workshops.ofRequest(lead, r.id()).isEmpty())
			.toList();
		if (waiting.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(Brussels.ZONE);
		long id = workshops.create(lead, new Workshops.WorkshopDetails(DemoCatalogue.WORKSHOP_THEME,
				List.of(today.plusDays(14), today.plusDays(21)), "Maison des associations, Rue Royale 55, Bruxelles",
				false, staff.stream().map(Actor::accountId).toList()));
		int participants = 12;
		for (RequestSummary request : waiting) {
			workshops.attach(lead, id, request.reference(), participants);
			participants -= 4;
		}
	}

	/** Takes a new request through the moves that bring it where the catalogue wants it. */
	private void moveTo(Outcome outcome, String reference, Actor requester, List<Actor> staff) {
		if (outcome.status() == RequestStatus.NEW) {
			return;
		}
		Actor lead = staff.get(outcome.leadIndex());
		SupportRequestView request = requests.findByReference(lead, reference).orElseThrow().request();
		request = requests.assignLead(lead, request.id(), request.version(), lead.accountId());
		request = switch (outcome.status()) {
			case IN_REVIEW -> request;
			case ACCEPTED -> accept(lead, request, outcome);
			case IN_PROGRESS -> start(lead, accept(lead, request, outcome));
			case CLOSED -> {
				SupportRequestView started = start(lead, accept(lead, request, outcome));
				yield requests.close(lead, started.id(), started.version(), outcome.text());
			}
			case DECLINED -> requests.decline(lead, request.id(), request.version(), outcome.text());
			case REDIRECTED -> outcome.targetCode() == null
					? requests.redirect(lead, request.id(), request.version(), outcome.text())
					: requests.redirectToListed(lead, request.id(), request.version(), outcome.targetCode(),
							redirectTargets.find(outcome.targetCode()).orElseThrow().labelFr());
			// The requester withdraws, not the team: that is what the history should show.
			case WITHDRAWN -> requests.withdraw(requester, request.id(), request.version(), outcome.text());
			case NEW -> throw new IllegalStateException("handled above");
		};
		if (request.status() != outcome.status()) {
			throw new IllegalStateException(reference + " ended " + request.status() + ", not " + outcome.status());
		}
	}

	private SupportRequestView accept(Actor lead, SupportRequestView request, Outcome outcome) {
		return requests.accept(lead, request.id(), request.version(), outcome.workKind());
	}

	/**
	 * Starts the work: a consultation by logging its first session (which starts it, as on the
	 * page), a workshop directly.
	 */
	private SupportRequestView start(Actor lead, SupportRequestView request) {
		if (request.workKind() == WorkKind.CONSULTATION) {
			sessions.log(lead, request.reference(), new Sessions.NewSession(LocalDate.now(Brussels.ZONE).minusDays(20), 120,
					SessionMode.ON_SITE, 6, "Dans les locaux de l'organisation", "Séance de lancement avec l'équipe : état des lieux des pratiques."));
			sessions.log(lead, request.reference(), new Sessions.NewSession(LocalDate.now(Brussels.ZONE).minusDays(5), 60,
					SessionMode.REMOTE, 3, null, null));
			followUps.logTime(lead, request.reference(), LocalDate.now(Brussels.ZONE).minusDays(20), 120, Activity.SESSION);
			return requests.findByReference(lead, request.reference()).orElseThrow().request();
		}
		return requests.start(lead, request.id(), request.version());
	}

	private static Actor actor(PortalUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role(), user.organisationId());
	}

}
