package be.femmesetsante.sesu.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.casework.dashboard.Dashboard;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the inbox's and the dashboard's statements read {@code support_request} through its
 * indexes, never by a sequential scan. The planner rightly scans a table of a few rows, so the test
 * first adds 20,000 requests (in a transaction rolled back at the end, analysed so the planner knows
 * them), runs the real services, captures the SQL they send with the values bound to it, and asks
 * PostgreSQL for each one's plan with those values (the inbox asks for such custom plans in its
 * transaction, never the generic one that read every request in issue 13).
 */
@IntegrationTest
class InboxAndDashboardPlanTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	RequestInbox inbox;

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theInboxAndDashboardStatementsUseIndexesOverTwentyThousandRequests() {
		World world = CaseworkFixture.create(accounts, organisations);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			seed(world);
			Map<String, List<StatementCounter.Captured>> statements = new LinkedHashMap<>();
			PageRequest first = PageRequest.of(0, RequestInbox.PAGE_SIZE);
			statements.put("inbox", StatementCounter.capture(
					() -> inbox.search(Actor.of(world.staff()), InboxFilter.none(), first)));
			statements.put("inbox filtered", StatementCounter.capture(() -> inbox.search(Actor.of(world.staff()),
					new InboxFilter(Region.BRUSSELS, RequestStatus.IN_PROGRESS, null, null, null, null, null,
							"évaluation", false), first)));
			statements.put("inbox by reference", StatementCounter.capture(() -> inbox.search(Actor.of(world.staff()),
					new InboxFilter(null, null, null, null, null, null, null, "2026-0042", false), first)));
			statements.put("partner's inbox", StatementCounter.capture(
					() -> inbox.search(Actor.of(world.partner()), InboxFilter.none(), first)));
			statements.put("dashboard", StatementCounter.capture(
					() -> dashboard.of(Actor.of(world.staff()), LocalDate.now())));

			List<String> seqScans = new ArrayList<>();
			statements.forEach((page, captured) -> {
				assertThat(captured).as(page).isNotEmpty();
				for (StatementCounter.Captured statement : captured) {
					if (!statement.sql().contains("request_summary_view")) {
						continue; // the inbox's plan setting
					}
					String plan = String.join("\n",
							jdbc.queryForList("explain " + statement.sql(), String.class, statement.values()));
					assertThat(plan).as(page).contains("support_request");
					if (plan.contains("Seq Scan on support_request")) {
						seqScans.add(page + ":\n" + statement.sql() + "\n" + plan);
					}
				}
			});
			assertThat(seqScans).as("statements reading every request").isEmpty();
		});
	}

	/**
	 * 500 organisations and 20,000 requests spread over them and both regions, as the service will hold
	 * after some years: a search word names a few requests (1 in 100 titles), not a quarter of them,
	 * and an organisation has about forty requests, not ten thousand; the planner is right to read a
	 * whole table when a filter keeps most of it, so such data would prove nothing.
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
				select 'P' || substr(md5(?), 1, 8) || '-' || g, o.id, o.region, false, ?,
				       'Demande ' || g || case when g % 100 = 0 then ' évaluation' else ' accompagnement' end,
				       'Une demande parmi vingt mille.', array['EVALUATION'], 'TEAM', '1',
				       (array['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'DECLINED',
				              'IN_PROGRESS', 'ACCEPTED'])[1 + g % 10],
				       'CONSULTATION', case when g % 10 = 7 then null else ? end,
				       now() - interval '400 days' - g * interval '1 hour', now() - interval '400 days'
				from generate_series(1, 20000) g
				join (select id, region, row_number() over (order by id) as n from organisation
				      where name like 'Centre %' and street like 'Rue %') o on o.n = 1 + g % 500""",
				world.tag(), world.brusselsPro().accountId(), staff);
		jdbc.update("""
				insert into next_action (request_id, what, due_date, assignee_account_id, author_account_id, done)
				select id, 'Rappeler', current_date - (id % 30)::int, ?, ?, status not in ('IN_PROGRESS', 'ACCEPTED')
				from support_request where reference like 'P%'""", staff, staff);
		// As after autovacuum: the rows just added wait in the full-text indexes' pending lists, which
		// the planner prices as a scan of the whole list.
		jdbc.queryForList("select gin_clean_pending_list(c.oid) from pg_class c where c.relname in"
				+ " ('support_request_search_idx', 'organisation_name_search_idx', 'support_request_reference_trgm_idx')");
		jdbc.execute("analyze support_request");
		jdbc.execute("analyze organisation");
		jdbc.execute("analyze next_action");
	}
}
