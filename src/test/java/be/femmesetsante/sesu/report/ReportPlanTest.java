package be.femmesetsante.sesu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.CaseworkFixture;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the activity report reads the requests of its region and periods through the indexes (V34),
 * never by a sequential scan of {@code support_request}, and never reads the requests' whole history. As
 * {@code InboxAndDashboardPlanTest}: 20,000 requests with
 * their history over five years and both regions, committed and vacuumed as autovacuum would (an
 * index-only scan needs pages marked visible to all; rows of a transaction never committed would make
 * every plan read the table), removed at the end; the real report run for staff and for a partner, and
 * each statement it sent explained with the values bound to it.
 */
@IntegrationTest
class ReportPlanTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReportReadsTheRequestsOfItsPeriodsThroughIndexesOverTwentyThousandRequests() {
		World world = CaseworkFixture.create(accounts, organisations);
		int year = LocalDate.now().getYear() - 1;
		try {
			seed(world);
			List<StatementCounter.Captured> statements = new ArrayList<>();
			statements.addAll(StatementCounter.capture(() -> reports.report(Actor.of(world.staff()), Region.BRUSSELS,
					ReportPeriod.year(year), Locale.FRENCH, "test")));
			statements.addAll(StatementCounter.capture(() -> reports.report(Actor.of(world.partner()), Region.BRUSSELS,
					ReportPeriod.quarter(year, 2), Locale.FRENCH, "test")));

			List<String> explained = new ArrayList<>();
			List<String> seqScans = new ArrayList<>();
			for (StatementCounter.Captured statement : statements) {
				if (!statement.sql().contains("request_report_view")) {
					continue; // the plan setting, the evaluations' comments, the event publication
				}
				String plan = String.join("\n",
						jdbc.queryForList("explain " + statement.sql(), String.class, statement.values()));
				explained.add(plan);
				assertThat(plan).contains("support_request");
				// The requests of the periods: never the whole table. The activity statement joins the
				// period's sessions and time to the region's requests, where the planner may rightly read a
				// narrow table whole (half of it is one region's); it never reads the history.
				boolean requestsOfThePeriods = statement.sql().contains("width_bucket");
				if ((requestsOfThePeriods && plan.contains("Seq Scan on support_request"))
						|| plan.contains("Seq Scan on request_history")) {
					seqScans.add(statement.sql() + "\n" + plan);
				}
			}
			// Per report: the requests' statement and the team's activity statement.
			assertThat(explained).hasSize(4);
			assertThat(seqScans).as("statements reading every request or every move").isEmpty();
		}
		finally {
			remove(world);
		}
	}

	/**
	 * 500 organisations in both regions and 20,000 requests over five years (a request every two hours
	 * and a quarter), each submitted, then accepted a few days later, half with time spent, a tenth with
	 * a session: a year of one region is a tenth of the requests, as in the service after some years.
	 */
	private void seed(World world) {
		long staff = world.staff().accountId();
		jdbc.update("""
				insert into organisation (name, sector, street, postal_code, municipality, region, german_speaking,
				    contact_name)
				select 'Centre ' || md5(? || g), 'HOPITAL', 'Rue ' || g,
				       case when g % 2 = 0 then '1000' else '5000' end, 'Commune',
				       case when g % 2 = 0 then 'BRUSSELS' else 'WALLONIA' end, false, 'Contact'
				from generate_series(1, 500) g""", world.tag());
		jdbc.update("""
				insert into support_request (reference, organisation_id, region, german_speaking, requester_account_id,
				    title, description, kinds, preferred_format, privacy_notice_version, status, work_kind,
				    lead_account_id, submitted_at, updated_at)
				select 'R' || substr(md5(?), 1, 8) || '-' || g, o.id, o.region, false, ?, 'Demande ' || g,
				       'Une demande parmi vingt mille.', array['EVALUATION'], 'TEAM', '1',
				       (array['CLOSED', 'CLOSED', 'CLOSED', 'DECLINED', 'IN_PROGRESS'])[1 + g % 5], 'CONSULTATION', ?,
				       now() - g * interval '135 minutes', now()
				from generate_series(1, 20000) g
				join (select id, region, row_number() over (order by id) as n from organisation
				      where name like 'Centre %' and street like 'Rue %') o on o.n = 1 + g % 500""",
				world.tag(), world.brusselsPro().accountId(), staff);
		jdbc.update("""
				insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status,
				    action)
				select r.id, r.submitted_at + m.after, ?, 'Équipe', m.from_status, m.to_status, m.action
				from support_request r
				cross join (values (interval '0', null, 'NEW', 'SUBMITTED'),
				                   (interval '3 days', 'NEW', 'ACCEPTED', 'ACCEPTED')) as m(after, from_status, to_status, action)
				where r.reference like 'R' || substr(md5(?), 1, 8) || '-%'""", staff, world.tag());
		// Time spent on every other request, a session on every tenth (the report joins both to the requests).
		jdbc.update("""
				insert into time_entry (request_id, entry_date, minutes, activity, account_id)
				select id, (submitted_at + interval '5 days')::date, 60, 'PREPARATION', ? from support_request
				where reference like 'R' || substr(md5(?), 1, 8) || '-%' and id % 2 = 0""", staff, world.tag());
		jdbc.update("""
				insert into consultation_session (request_id, session_date, duration_minutes, mode, participants,
				    author_account_id)
				select id, (submitted_at + interval '10 days')::date, 90, 'ON_SITE', 4, ? from support_request
				where reference like 'R' || substr(md5(?), 1, 8) || '-%' and id % 10 = 0""", staff, world.tag());
		// As autovacuum leaves them: analysed, and the pages of rows no transaction can miss marked so
		// (index-only scans read such pages from the index alone).
		jdbc.execute("vacuum analyze support_request, request_history, time_entry, consultation_session, organisation");
	}

	/** The seeded rows go again (they were committed so that VACUUM could see them). */
	private void remove(World world) {
		String requests = "select id from support_request where reference like 'R' || substr(md5('" + world.tag()
				+ "'), 1, 8) || '-%'";
		jdbc.update("delete from consultation_session where request_id in (" + requests + ")");
		jdbc.update("delete from time_entry where request_id in (" + requests + ")");
		jdbc.update("delete from request_history where request_id in (" + requests + ")");
		jdbc.update("delete from support_request where id in (" + requests + ")");
		jdbc.update("delete from organisation where name in (select 'Centre ' || md5(? || g) from generate_series(1, 500) g)",
				world.tag());
	}
}
