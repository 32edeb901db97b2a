package be.femmesetsante.sesu.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.report.EvaluationForm;
import be.femmesetsante.sesu.report.Evaluations;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;

/**
 * A year and a bit of activity for the reports: requests received every few weeks of last year and
 * of this year, in both regions, taken through the same services the pages use while
 * {@link DemoClock} stands at each step's date (received, taken on, sessions, time, closed), and
 * most closed requests evaluated by their requester. So the demo's report for this year and the
 * year before is worth reading. Seeded once: found by its first organisation's name afterwards.
 */
@Component
@Profile("demo")
class DemoReportHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoReportHistory.class);

	record HistoryOrganisation(String name, Sector sector, String postalCode, String municipality, String email,
			String person) {
	}

	static final List<HistoryOrganisation> ORGANISATIONS = List.of(
			new HistoryOrganisation("Maison médicale du Parvis", Sector.MAISON_MEDICALE, "1060", "Saint-Gilles",
					"ines.moreau@demo.sesu.be", "Inès Moreau"),
			new HistoryOrganisation("Planning familial de l’Étoile", Sector.PLANNING_FAMILIAL, "1050", "Ixelles",
					"ahmed.benali@demo.sesu.be", "Ahmed Benali"),
			new HistoryOrganisation("Service PSE de Forest", Sector.PSE_PMS, "1190", "Forest",
					"julie.peeters@demo.sesu.be", "Julie Peeters"),
			new HistoryOrganisation("CPAS d’Anderlecht – cellule santé", Sector.CPAS_POUVOIR_LOCAL, "1070", "Anderlecht",
					"marc.dubois@demo.sesu.be", "Marc Dubois"),
			new HistoryOrganisation("Maison d’accueil Les Glycines", Sector.MAISON_ACCUEIL, "1080", "Molenbeek-Saint-Jean",
					"nadia.kaci@demo.sesu.be", "Nadia Kaci"),
			new HistoryOrganisation("Planning familial de Charleroi", Sector.PLANNING_FAMILIAL, "6000", "Charleroi",
					"elise.lambot@demo.sesu.be", "Élise Lambot"),
			new HistoryOrganisation("Service de santé mentale de Namur", Sector.SANTE_MENTALE, "5000", "Namur",
					"thomas.gilson@demo.sesu.be", "Thomas Gilson"),
			new HistoryOrganisation("Maison médicale de Seraing", Sector.MAISON_MEDICALE, "4100", "Seraing",
					"claire.henrard@demo.sesu.be", "Claire Henrard"),
			new HistoryOrganisation("Centre de santé d’Arlon", Sector.PROMOTION_SANTE, "6700", "Arlon",
					"sam.weber@demo.sesu.be", "Sam Weber"));

	/** The real time, whatever the demo clock says. */
	private static final java.time.Clock REAL_TIME = java.time.Clock.systemUTC();

	private static final SupportKind[] KINDS = { SupportKind.PROJECT_SUPPORT, SupportKind.TOOL_REVIEW,
			SupportKind.TEAM_TRAINING, SupportKind.EVALUATION, SupportKind.DOCUMENTATION, SupportKind.OTHER };

	private static final String[] REDIRECTS = { "Garance asbl – prévention des violences basées sur le genre",
			"Question Santé asbl", "O’YES – santé sexuelle des jeunes" };

	private static final String[] COMMENTS = { "L’équipe a revu ses affiches et son questionnaire d’accueil.",
			"Très concret, merci : nous avons un plan pour l’an prochain.", null,
			"Nous aurions aimé une séance de plus.", null, "Les collègues en parlent encore en réunion d’équipe." };

	private final Accounts accounts;

	private final Organisations organisations;

	private final SupportRequests requests;

	private final Sessions sessions;

	private final FollowUps followUps;

	private final Evaluations evaluations;

	private final DemoClock clock;

	private final TransactionTemplate transaction;

	DemoReportHistory(Accounts accounts, Organisations organisations, SupportRequests requests, Sessions sessions,
			FollowUps followUps, Evaluations evaluations, DemoClock clock, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.requests = requests;
		this.sessions = sessions;
		this.followUps = followUps;
		this.evaluations = evaluations;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Seeds the history once; staff take the lead in turn. Returns how many requests it made. */
	int seed(List<Actor> staff) {
		if (organisations.findFirstByName(ORGANISATIONS.get(0).name()).isPresent()) {
			return 0;
		}
		List<Actor> professionals = new ArrayList<>();
		for (HistoryOrganisation o : ORGANISATIONS) {
			OrganisationView organisation = organisations.register(new NewOrganisation(o.name(), o.sector(), null,
					"Rue de la Station 1", o.postalCode(), o.municipality(), null, null, o.person(), null));
			PortalUser user = accounts.createProfessional(o.email(), o.person(), null, organisation.id());
			professionals.add(new Actor(user.accountId(), user.displayName(), user.role(), user.organisationId()));
		}
		LocalDate today = Brussels.today(REAL_TIME);
		int made = 0;
		try {
			for (int year : new int[] { today.getYear() - 1, today.getYear() }) {
				LocalDate first = LocalDate.of(year, 1, 8);
				LocalDate last = year == today.getYear() ? today.minusDays(40) : LocalDate.of(year, 12, 20);
				int count = year == today.getYear() ? 22 : 26;
				long span = last.toEpochDay() - first.toEpochDay();
				for (int i = 0; i < count && span > 0; i++) {
					LocalDate received = first.plusDays(span * i / count);
					// Organisations in turn, shifted at each round so every kind of outcome lands in both regions.
					Actor requester = professionals.get((i * 2 + i / 9 * 5 + year) % professionals.size());
					Actor lead = staff.get(i % staff.size());
					replay(i + year, received, requester, lead);
					made++;
				}
			}
		}
		finally {
			clock.backToNow();
		}
		log.info("Demo report history: {} requests over last year and this one", made);
		return made;
	}

	/** One request from receipt to its end, each step at its own date. */
	private void replay(int n, LocalDate received, Actor requester, Actor lead) {
		at(received, 9 + n % 8);
		SupportKind kind = KINDS[n % KINDS.length];
		SupportKind second = KINDS[(n + 2) % KINDS.length];
		String reference = requests.submit(requester, new SubmitRequest("Demande de l’année : " + label(kind),
				"Notre équipe souhaite un accompagnement pour intégrer le genre dans ses pratiques.", null, List.of(),
				n % 3 == 0 ? Set.of(kind, second) : Set.of(kind), null, PreferredFormat.TEAM, 4 + n % 9, null,
				DemoCatalogue.PRIVACY_NOTICE_VERSION));
		SupportRequestView request = requests.findByReference(lead, reference).orElseThrow().request();
		int outcome = n % 9;
		if (outcome == 7) {
			at(received.plusDays(3), 11);
			requests.withdraw(requester, request.id(), request.version(), "L’équipe a changé de priorités.");
			return;
		}
		at(received.plusDays(1 + n % 6), 10);
		request = requests.assignLead(lead, request.id(), request.version(), lead.accountId());
		if (outcome == 5) {
			at(received.plusDays(4 + n % 5), 14);
			requests.decline(lead, request.id(), request.version(), "La demande ne relève pas du genre et de la santé.");
			return;
		}
		if (outcome == 6) {
			at(received.plusDays(3 + n % 4), 14);
			requests.redirect(lead, request.id(), request.version(), REDIRECTS[n % REDIRECTS.length]);
			return;
		}
		request = requests.accept(lead, request.id(), request.version(), WorkKind.CONSULTATION);
		LocalDate firstSession = received.plusDays(10 + n % 25);
		at(firstSession, 15);
		sessions.log(lead, reference, new Sessions.NewSession(firstSession, 90 + 30 * (n % 3), SessionMode.ON_SITE,
				3 + n % 7, null, null));
		followUps.logTime(lead, reference, firstSession.minusDays(1), 60 + 15 * (n % 4), Activity.PREPARATION);
		followUps.logTime(lead, reference, firstSession, 90 + 30 * (n % 3), Activity.SESSION);
		followUps.logTime(lead, reference, firstSession, 30 + 10 * (n % 3), Activity.TRAVEL);
		LocalDate secondSession = firstSession.plusDays(21);
		at(secondSession, 15);
		sessions.log(lead, reference, new Sessions.NewSession(secondSession, 60, n % 2 == 0 ? SessionMode.REMOTE
				: SessionMode.ON_SITE, 2 + n % 5, null, null));
		followUps.logTime(lead, reference, secondSession, 60, Activity.SESSION);
		followUps.logTime(lead, reference, secondSession.plusDays(1), 20 + 5 * (n % 3), Activity.ADMIN);
		LocalDate closed = secondSession.plusDays(7);
		if (closed.isAfter(Brussels.today(REAL_TIME).minusDays(2))) {
			return; // still in progress today
		}
		at(closed, 16);
		long id = request.id();
		String token = transaction.execute(status -> {
			SupportRequestView current = requests.findByReference(lead, reference).orElseThrow().request();
			requests.close(lead, id, current.version(), "Accompagnement mené à son terme.");
			// Invited here, in the closing transaction, so the listener after commit finds it done.
			return evaluations.invite(id, reference, current.region(), requester.accountId(), clock.instant())
				.orElse(null);
		});
		if (token != null && outcome != 4) {
			at(closed.plusDays(2 + n % 10), 20);
			int usefulness = new int[] { 4, 4, 3, 4, 2, 3, 4 }[n % 7];
			String practice = new String[] { "A_LOT", "SOMEWHAT", "A_LOT", "NOT_YET", "SOMEWHAT" }[n % 5];
			String recommend = usefulness >= 3 ? (n % 4 == 0 ? "MAYBE" : "YES") : "NO";
			evaluations.answer(token, new EvaluationForm(usefulness, practice, recommend, COMMENTS[n % COMMENTS.length]));
		}
	}

	private void at(LocalDate day, int hour) {
		Instant moment = day.atTime(LocalTime.of(hour, 0)).atZone(Brussels.ZONE).toInstant();
		clock.travelTo(moment);
	}

	private static String label(SupportKind kind) {
		return switch (kind.name()) {
			case "PROJECT_SUPPORT" -> "accompagner un projet";
			case "TOOL_REVIEW" -> "relire nos outils";
			case "TEAM_TRAINING" -> "former l’équipe";
			case "EVALUATION" -> "évaluer une action";
			case "DOCUMENTATION" -> "trouver de la documentation";
			default -> "autre demande";
		};
	}

}
