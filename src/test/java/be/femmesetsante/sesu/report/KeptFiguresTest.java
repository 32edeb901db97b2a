package be.femmesetsante.sesu.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's figures are kept until something they count changes, and never past it: the count of
 * changes (V35) moves when a writer commits, not before, not for a rolled-back write, once per
 * transaction however many rows it writes; a report read after a change shows it. Writes go to 2004,
 * a year no other report test reads.
 */
@IntegrationTest
class KeptFiguresTest {

	@Autowired
	KeptFigures kept;

	@Autowired
	Reports reports;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	ReportFixture.World world;

	long request;

	@BeforeEach
	void world() {
		world = ReportFixture.world(accounts, organisations, requests, jdbc);
		request = jdbc.sql("select id from support_request where reference = ?").param(world.closedReference())
			.query(Long.class).single();
	}

	String hoursTotal() {
		java.util.List<String> hours = ReportFiguresTest.table(reports.report(Actor.of(world.staff()), Region.BRUSSELS,
				ReportPeriod.year(2004), Locale.ENGLISH, "test"), "hours");
		return hours.get(hours.size() - 1);
	}

	void time(String date, int minutes) {
		jdbc.sql("insert into time_entry (request_id, entry_date, minutes, activity, account_id) values (?, ?, ?, 'ADMIN', ?)")
			.params(request, LocalDate.parse(date), minutes, world.staff().accountId()).update();
	}

	@Test
	void theSameFiguresAreServedUntilAChangeIsCommittedThenTheChangeIsShown() {
		String before = hoursTotal();
		ReportFigures first = kept.figures(Region.BRUSSELS, ReportPeriod.year(2004), Actor.of(world.staff()).scope());
		assertThat(kept.figures(Region.BRUSSELS, ReportPeriod.year(2004), Actor.of(world.staff()).scope()))
			.as("nothing changed: the kept figures").isSameAs(first);

		time("2004-05-03", 90);

		ReportFigures after = kept.figures(Region.BRUSSELS, ReportPeriod.year(2004), Actor.of(world.staff()).scope());
		assertThat(after).as("a committed change: computed again").isNotSameAs(first);
		assertThat(before).isEqualTo("Total | 0.0 | 0.0");
		assertThat(hoursTotal()).isEqualTo("Total | 1.5 | 0.0");
		jdbc.sql("delete from time_entry where request_id = ? and entry_date = ?").params(request, LocalDate.parse("2004-05-03"))
			.update();
		assertThat(hoursTotal()).as("and a deletion").isEqualTo("Total | 0.0 | 0.0");
	}

	@Test
	void theCountMovesAtCommitOnceForAWholeTransactionAndNotForARollback() throws Exception {
		long start = kept.version();

		transactions.executeWithoutResult(status -> {
			time("2004-06-01", 15);
			time("2004-06-02", 15);
			jdbc.sql("update time_entry set minutes = 20 where request_id = ? and entry_date between ? and ?")
				.params(request, LocalDate.parse("2004-06-01"), LocalDate.parse("2004-06-02")).update();
			// Another connection does not see the uncommitted change, in the count as in the data.
			assertThat(CompletableFuture.supplyAsync(kept::version).join()).isEqualTo(start);
		});
		assertThat(kept.version()).as("one transaction of three statements: counted once").isEqualTo(start + 1);

		transactions.executeWithoutResult(status -> {
			time("2004-06-03", 15);
			status.setRollbackOnly();
		});
		assertThat(kept.version()).as("rolled back: not counted").isEqualTo(start + 1);

		jdbc.sql("delete from time_entry where request_id = ? and entry_date between ? and ?")
			.params(request, LocalDate.parse("2004-06-01"), LocalDate.parse("2004-06-03")).update();
		assertThat(kept.version()).isEqualTo(start + 2);
	}

	@Test
	void everyTableBehindWhatTheReportReadsCountsItsChanges() throws Exception {
		// The views ReportQueries names, read from its source, then the tables PostgreSQL says they read.
		String source = java.nio.file.Files.readString(
				java.nio.file.Path.of("src/main/java/be/femmesetsante/sesu/report/ReportQueries.java"));
		java.util.List<String> views = java.util.regex.Pattern.compile("\\b[a-z_]+_view\\b").matcher(source).results()
			.map(java.util.regex.MatchResult::group).distinct().toList();
		assertThat(views).contains("request_report_view", "time_report_view");
		java.util.List<String> tables = jdbc.sql("""
				select distinct t.relname from pg_depend d
				join pg_rewrite w on w.oid = d.objid join pg_class v on v.oid = w.ev_class
				join pg_class t on t.oid = d.refobjid
				where v.relname = any(:views) and t.relkind = 'r' and t.oid <> v.oid
				""").param("views", views.toArray(String[]::new)).query(String.class).list();
		java.util.List<String> counted = jdbc.sql("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname like '%_report_data' and t.tgdeferrable and t.tginitdeferred
				""").query(String.class).list();
		assertThat(tables).contains("support_request", "organisation", "time_entry");
		assertThat(counted).containsAll(tables).contains("request_evaluation");
	}

}
