package be.femmesetsante.sesu.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox, the dashboard and the digest read the views other modules publish (V12) instead of
 * their tables. That costs nothing only while PostgreSQL inlines the views into the query: then the
 * tables' indexes serve the filters as before. With sequential scans priced out (the test database
 * holds too few rows for the planner to prefer an index by itself), each filter must reach its index
 * and no plan may keep a view as a separate "Subquery Scan".
 */
@IntegrationTest
class PublishedViewsPlanTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private String plan(String sql) {
		return new TransactionTemplate(transactionManager).execute(status -> {
			jdbc.execute("set local enable_seqscan = off");
			List<String> lines = jdbc.queryForList("explain " + sql, String.class);
			return String.join("\n", lines);
		});
	}

	@Test
	void theInboxSearchOverTheViewsUsesTheRequestsFullTextIndex() {
		// A word no test writes: with a common one ("évaluation", which other tests insert by the
		// thousand and then analyse) the planner rightly prefers another plan, and this test would depend
		// on which tests ran before it.
		String plan = plan("""
				select r.reference, o.name, a.display_name
				from request_summary_view r join organisation_summary_view o on o.id = r.organisation_id
				left join account_name_view a on a.id = r.lead_account_id
				where r.search_vector @@ websearch_to_tsquery('french', f_unaccent('xylophoniste'))""");
		assertThat(plan).contains("support_request_search_idx").doesNotContain("Subquery Scan");
	}

	@Test
	void filtersOnTheViewsUseTheTablesIndexes() {
		assertThat(plan("select id from request_summary_view where kinds @> array['EVALUATION']"))
			.contains("support_request_kinds_idx");
		assertThat(plan("select id from request_summary_view where german_speaking and status = 'NEW'"
				+ " order by submitted_at desc, id desc")).contains("support_request_to_decide_idx");
		assertThat(plan("select id from organisation_summary_view where sector = 'HOPITAL'"))
			.contains("organisation_sector_idx");
		assertThat(plan("select display_name from account_name_view where id = 1")).contains("account_pkey");
	}

	@Test
	void theDueActionsOfTheDashboardJoinTheRequestViewByItsKey() {
		String plan = plan("""
				select a.id, r.reference from next_action a join request_summary_view r on r.id = a.request_id
				where a.assignee_account_id = 1 and not a.done and a.due_date <= current_date""");
		assertThat(plan).contains("next_action_open_ix").contains("support_request_pkey")
			.doesNotContain("Subquery Scan");
	}
}
