package be.femmesetsante.sesu.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;

/**
 * The report's hand-computed world, in 2011 and 2012 (no other test writes there): real
 * organisations, accounts and requests submitted through the domain, then dated and moved by SQL so
 * that every date, including the period edges, is exactly the one the expected figures were worked
 * out from (ReportFiguresTest says each figure and why). Made once per test JVM.
 * <p>
 * Brussels: B1 maison médicale, Saint-Gilles 1060; B2 planning familial, Ixelles 1050; B3 promotion
 * de la santé, Bruxelles 1000. Wallonia: W1 planning familial, Liège 4000; W2 German-speaking,
 * Eupen 4700; W3 santé mentale, Namur 5000.
 */
final class ReportFixture {

	static final String PASSWORD = "a long enough passphrase for tests";

	record World(PortalUser staff, PortalUser partner, PortalUser professional, String comment, String tag,
			String closedReference) {
	}

	private static World world;

	private ReportFixture() {
	}

	static synchronized World world(Accounts accounts, Organisations organisations, SupportRequests requests,
			JdbcClient jdbc) {
		if (world == null) {
			world = make(accounts, organisations, requests, jdbc);
		}
		return world;
	}

	private static World make(Accounts accounts, Organisations organisations, SupportRequests requests,
			JdbcClient jdbc) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PortalUser staff = accounts.createWithPassword("report-staff-" + tag + "@example.org", "Rapport Staff " + tag,
				Role.STAFF, PASSWORD);
		PortalUser partner = accounts.createWithPassword("report-oss-" + tag + "@example.org", "Rapport OSS " + tag,
				Role.PARTNER, PASSWORD);
		PortalUser b1 = professional(accounts, organisations, "B1", tag, Sector.MAISON_MEDICALE, "1060", "Saint-Gilles");
		PortalUser b2 = professional(accounts, organisations, "B2", tag, Sector.PLANNING_FAMILIAL, "1050", "Ixelles");
		PortalUser b3 = professional(accounts, organisations, "B3", tag, Sector.PROMOTION_SANTE, "1000", "Bruxelles");
		PortalUser w1 = professional(accounts, organisations, "W1", tag, Sector.PLANNING_FAMILIAL, "4000", "Liège");
		PortalUser w2 = professional(accounts, organisations, "W2", tag, Sector.PROMOTION_SANTE, "4700", "Eupen");
		PortalUser w3 = professional(accounts, organisations, "W3", tag, Sector.SANTE_MENTALE, "5000", "Namur");
		Fixture f = new Fixture(requests, jdbc, staff);
		String comment = "Très utile, merci " + tag;

		// Brussels, 2012. Received 1 January 00:30 in Brussels (31 December 23:30 UTC): 2012.
		long r1 = f.request(b1, "2012-01-01T00:30+01:00", "CLOSED", "CONSULTATION", null, SupportKind.PROJECT_SUPPORT);
		f.move(r1, "LEAD_ASSIGNED", "IN_REVIEW", "2012-01-03T09:00+01:00");
		f.session(r1, "2012-01-10", 90, 3);
		f.session(r1, "2012-02-01", 60, 3);
		f.time(r1, "2012-01-10", 90, "SESSION");
		f.time(r1, "2012-01-09", 60, "PREPARATION");
		f.evaluation(r1, "BRUSSELS", "2012-02-05T10:00+01:00", "2012-02-06T10:00+01:00", 4, "A_LOT", "YES", comment);
		long r2 = f.request(b1, "2012-03-15T10:00+01:00", "IN_PROGRESS", "WORKSHOP", null, SupportKind.PROJECT_SUPPORT,
				SupportKind.TEAM_TRAINING);
		f.move(r2, "ACCEPTED", "ACCEPTED", "2012-03-20T10:00+01:00");
		// Received 31 December 23:30 in Brussels: still 2012.
		f.request(b2, "2012-12-31T23:30+01:00", "NEW", null, null, SupportKind.TOOL_REVIEW);
		long r4 = f.request(b2, "2012-06-01T12:00+02:00", "REDIRECTED", null, "Question Santé asbl",
				SupportKind.EVALUATION);
		f.move(r4, "REDIRECTED", "REDIRECTED", "2012-06-02T09:00+02:00");
		long r5 = f.request(b3, "2012-06-20T12:00+02:00", "DECLINED", null, null, SupportKind.TEAM_TRAINING);
		f.move(r5, "DECLINED", "DECLINED", "2012-06-30T09:00+02:00");
		long r6 = f.request(b3, "2012-09-01T12:00+02:00", "WITHDRAWN", null, null, SupportKind.TEAM_TRAINING);
		f.move(r6, "WITHDRAWN", "WITHDRAWN", "2012-09-02T09:00+02:00");
		long r7 = f.request(b2, "2012-04-01T10:00+02:00", "IN_PROGRESS", "WORKSHOP", null, SupportKind.TEAM_TRAINING);
		f.move(r7, "ACCEPTED", "ACCEPTED", "2012-04-04T10:00+02:00");
		// Brussels, 2011.
		long r8 = f.request(b1, "2011-05-05T10:00+02:00", "CLOSED", "CONSULTATION", null, SupportKind.PROJECT_SUPPORT);
		f.move(r8, "LEAD_ASSIGNED", "IN_REVIEW", "2011-05-09T10:00+02:00");
		f.session(r8, "2011-05-20", 120, 4);
		f.time(r8, "2011-05-20", 120, "SESSION");
		f.evaluation(r8, "BRUSSELS", "2011-06-01T10:00+02:00", "2011-06-03T10:00+02:00", 3, "SOMEWHAT", "MAYBE", null);
		f.request(b2, "2011-12-31T23:30+01:00", "NEW", null, null, SupportKind.DOCUMENTATION);
		// 1 January 2013 00:30 in Brussels (still 2012 in UTC): in no period of the report.
		f.request(b3, "2013-01-01T00:30+01:00", "NEW", null, null, SupportKind.OTHER);

		// Wallonia, 2012.
		long r11 = f.request(w1, "2012-02-10T10:00+01:00", "IN_PROGRESS", "WORKSHOP", null, SupportKind.TEAM_TRAINING);
		f.move(r11, "ACCEPTED", "ACCEPTED", "2012-02-12T10:00+01:00");
		long r12 = f.request(w2, "2012-07-07T10:00+02:00", "CLOSED", "CONSULTATION", null, SupportKind.PROJECT_SUPPORT);
		f.move(r12, "LEAD_ASSIGNED", "IN_REVIEW", "2012-07-11T10:00+02:00");
		f.session(r12, "2012-07-20", 60, 2);
		f.time(r12, "2012-07-20", 30, "TRAVEL");
		f.evaluation(r12, "WALLONIA", "2012-08-01T10:00+02:00", null, null, null, null, null);
		long r13 = f.request(w3, "2012-10-10T10:00+02:00", "REDIRECTED", null, "Cultures&Santé asbl",
				SupportKind.DOCUMENTATION);
		f.move(r13, "REDIRECTED", "REDIRECTED", "2012-10-16T10:00+02:00");
		// Wallonia, 2011.
		long r14 = f.request(w1, "2011-03-03T10:00+01:00", "DECLINED", null, null, SupportKind.TOOL_REVIEW);
		f.move(r14, "DECLINED", "DECLINED", "2011-03-05T10:00+01:00");

		// One workshop on 10 May 2012 gathering r2 (B1, 8 people), r7 (B2, 5) and r11 (W1, 6).
		long workshop = jdbc.sql("insert into workshop (theme, place) values (?, 'Rue Haute 1') returning id")
			.param("Atelier rapport " + tag).query(Long.class).single();
		jdbc.sql("insert into workshop_date (workshop_id, workshop_date) values (?, ?)").params(workshop,
				LocalDate.parse("2012-05-10")).update();
		f.participation(workshop, r2, 8);
		f.participation(workshop, r7, 5);
		f.participation(workshop, r11, 6);

		String closed = jdbc.sql("select reference from support_request where id = ?").param(r1).query(String.class)
			.single();
		world = new World(staff, partner, b1, comment, tag, closed);
		return world;
	}

	private static PortalUser professional(Accounts accounts, Organisations organisations, String name, String tag,
			Sector sector, String postalCode, String municipality) {
		OrganisationView organisation = organisations.register(new NewOrganisation(name + " rapport " + tag, sector,
				null, "Rue de l’Exemple 1", postalCode, municipality, null, null, "Contact", null));
		return accounts.createProfessional(name.toLowerCase() + "-report-" + tag + "@example.org", name + " " + tag,
				null, organisation.id());
	}

	private record Fixture(SupportRequests requests, JdbcClient jdbc, PortalUser staff) {

		long request(PortalUser professional, String receivedAt, String status, String workKind, String redirect,
				SupportKind... kinds) {
			String reference = requests.submit(Actor.of(professional), new SubmitRequest("Demande rapport",
					"Une demande pour le rapport.", null, List.of(), Set.of(kinds), null, PreferredFormat.TEAM, 5, null,
					"1"));
			Timestamp at = at(receivedAt);
			long id = jdbc.sql("""
					update support_request set submitted_at = :at, updated_at = :at, status = :status,
					       work_kind = :workKind, redirect_target = :redirect,
					       lead_account_id = case when :status in ('NEW', 'DECLINED', 'REDIRECTED', 'WITHDRAWN') then null
					                              else :lead end
					where reference = :reference returning id
					""").param("at", at).param("status", status).param("workKind", workKind).param("redirect", redirect)
				.param("lead", staff.accountId()).param("reference", reference).query(Long.class).single();
			jdbc.sql("update request_history set at = ? where request_id = ? and action = 'SUBMITTED'").params(at, id)
				.update();
			return id;
		}

		void move(long request, String action, String to, String at) {
			jdbc.sql("""
					insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status,
					                             to_status, action)
					values (?, ?, ?, 'Rapport', 'NEW', ?, ?)
					""").params(request, at(at), staff.accountId(), to, action).update();
		}

		void session(long request, String date, int minutes, int participants) {
			jdbc.sql("""
					insert into consultation_session (request_id, session_date, duration_minutes, mode, participants,
					                                  author_account_id)
					values (?, ?, ?, 'ON_SITE', ?, ?)
					""").params(request, LocalDate.parse(date), minutes, participants, staff.accountId()).update();
		}

		void time(long request, String date, int minutes, String activity) {
			jdbc.sql("insert into time_entry (request_id, entry_date, minutes, activity, account_id) values (?, ?, ?, ?, ?)")
				.params(request, LocalDate.parse(date), minutes, activity, staff.accountId()).update();
		}

		void participation(long workshop, long request, int participants) {
			jdbc.sql("""
					insert into workshop_participation (workshop_id, request_id, reference, organisation_id, region,
					                                    participants)
					select ?, r.id, r.reference, r.organisation_id, r.region, ? from support_request r where r.id = ?
					""").params(workshop, participants, request).update();
		}

		void evaluation(long request, String region, String invitedAt, String answeredAt, Integer usefulness,
				String practice, String recommend, String comment) {
			jdbc.sql("""
					insert into request_evaluation (request_id, region, token_hash, invited_at, answered_at, usefulness,
					                                practice_changed, would_recommend, comment)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(request, region, UUID.randomUUID().toString(), at(invitedAt),
					answeredAt == null ? null : at(answeredAt), usefulness, practice, recommend, comment).update();
		}

		static Timestamp at(String offsetDateTime) {
			return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
		}
	}
}
