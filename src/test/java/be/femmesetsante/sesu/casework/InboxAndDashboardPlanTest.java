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
 * them), runs the real services, captures the SQL they send, and asks PostgreSQL for each one's
 * generic plan ({@code EXPLAIN (GENERIC_PLAN)}): the plan a prepared statement settles on after five
 * runs, where a parameter's value is unknown (the search word's slowness of issue 13 lived there).
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
			Map<String, List<String>> statements = new LinkedHashMap<>();
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
			statements.forEach((page, sqls) -> {
				assertThat(sqls).as(page).isNotEmpty();
				for (String sql : sqls) {
					String plan = String.join("\n", jdbc.queryForList("explain (generic_plan) " + numbered(sql), String.class));
					assertThat(plan).as(page).contains("support_request");
					if (plan.contains("Seq Scan on support_request")) {
						seqScans.add(page + ":\n" + sql + "\n" + plan);
					}
				}
			});
			assertThat(seqScans).as("statements reading every request").isEmpty();
		});
	}

	/** JDBC's {@code ?} placeholders as PostgreSQL's {@code $1, $2…}, which EXPLAIN (GENERIC_PLAN) takes. */
	private static String numbered(String sql) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		int n = 0;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == '?' && !quoted) {
				out.append('$').append(++n);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private void seed(World world) {
		long staff = world.staff().accountId();
		jdbc.update("""
				insert into support_request (reference, organisation_id, region, german_speaking, requester_account_id,
				    title, description, kinds, preferred_format, privacy_notice_version, status, work_kind,
				    lead_account_id, submitted_at, updated_at)
				select 'P' || substr(md5(?), 1, 8) || '-' || g, case when g % 2 = 0 then ? else ? end,
				       case when g % 2 = 0 then 'BRUSSELS' else 'WALLONIA' end, false, ?,
				       (array['Formation', 'Évaluation', 'Relecture', 'Documentation'])[1 + g % 4] || ' ' || g,
				       'Une demande parmi vingt mille.', array['EVALUATION'], 'TEAM', '1',
				       (array['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'DECLINED',
				              'IN_PROGRESS', 'ACCEPTED'])[1 + g % 10],
				       'CONSULTATION', case when g % 10 = 7 then null else ? end,
				       now() - interval '400 days' - g * interval '1 hour', now() - interval '400 days'
				from generate_series(1, 20000) g""", world.tag(), world.brussels().id(), world.wallonia().id(),
				world.brusselsPro().accountId(), staff);
		jdbc.update("""
				insert into next_action (request_id, what, due_date, assignee_account_id, author_account_id, done)
				select id, 'Rappeler', current_date - (id % 30)::int, ?, ?, status not in ('IN_PROGRESS', 'ACCEPTED')
				from support_request where reference like 'P%' and organisation_id in (?, ?)""", staff, staff,
				world.brussels().id(), world.wallonia().id());
		jdbc.execute("analyze support_request");
		jdbc.execute("analyze organisation");
		jdbc.execute("analyze next_action");
	}
}
