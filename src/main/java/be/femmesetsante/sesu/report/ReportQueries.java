package be.femmesetsante.sesu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.report.ReportFigures.DecimalPair;
import be.femmesetsante.sesu.report.ReportFigures.Pair;
import be.femmesetsante.sesu.report.ReportFigures.Row;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Scope;

/**
 * Counts a region's activity in the database: one SQL aggregate per figure or breakdown (GROUP BY,
 * FILTER, date_trunc, percentile_cont), each computing the period and the same period a year before
 * at once ({@code cur} tells which a row belongs to). Reads only the views other modules publish
 * (V12, V27) and this module's own evaluations; never loads an entity.
 * <p>
 * Requests are counted by the Brussels day they were received ({@code submitted_at} between the
 * period's Brussels midnights), sessions, workshops and time by their own (Brussels) dates.
 */
@Component
class ReportQueries {

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The requests of the region received in either period, with {@code cur} true for the current one. */
	private static String received(Scope scope) {
		return """
				select r.*, r.submitted_at >= :s1 as cur
				from request_report_view r
				where r.region = :region and %s
				  and ((r.submitted_at >= :s1 and r.submitted_at < :e1) or (r.submitted_at >= :s0 and r.submitted_at < :e0))
				""".formatted(scope.sql("r.region", "r.organisation_id"));
	}

	@Transactional(readOnly = true)
	ReportFigures figures(Region region, ReportPeriod period, Scope scope) {
		ReportPeriod before = period.yearBefore();
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("region", region.name());
		p.put("s1", at(period.start()));
		p.put("e1", at(period.end()));
		p.put("s0", at(before.start()));
		p.put("e0", at(before.end()));
		p.put("f1", period.from());
		p.put("t1", period.to());
		p.put("f0", before.from());
		p.put("t0", before.to());
		p.put("m1", period.from().getYear() * 12 + period.from().getMonthValue());
		p.put("m0", before.from().getYear() * 12 + before.from().getMonthValue());
		String r = "with r as (" + received(scope) + ") ";

		Map<String, Long> head = jdbc.sql(r + """
				select count(*) filter (where cur) as received1, count(*) filter (where not cur) as received0,
				       count(*) filter (where cur and german_speaking) as german1,
				       count(*) filter (where not cur and german_speaking) as german0,
				       count(distinct organisation_id) filter (where cur) as orgs1,
				       count(distinct organisation_id) filter (where not cur) as orgs0,
				       count(distinct organisation_id) filter (where cur and not exists (select 1 from request_report_view e
				           where e.organisation_id = r.organisation_id and e.submitted_at < :s1)) as first1,
				       count(distinct organisation_id) filter (where not cur and not exists (select 1 from request_report_view e
				           where e.organisation_id = r.organisation_id and e.submitted_at < :s0)) as first0
				from r
				""").params(p).query(ReportQueries::longs).single();

		List<Row> byMonth = rows(r + """
				select ((extract(year from date_trunc('month', submitted_at at time zone 'Europe/Brussels')) * 12
				        + extract(month from date_trunc('month', submitted_at at time zone 'Europe/Brussels')))
				        - case when cur then :m1 else :m0 end)::int::text as code,
				       count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r group by 1
				""", p);
		List<Row> byOutcome = rows(r + """
				select case when status in ('NEW', 'IN_REVIEW') then 'OPEN'
				            when status in ('ACCEPTED', 'IN_PROGRESS') then 'IN_PROGRESS' else status end as code,
				       count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r group by 1
				""", p);
		List<Row> bySector = rows(r + """
				select o.sector as code, count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r join organisation_summary_view o on o.id = r.organisation_id group by 1
				""", p);
		List<Row> byKind = rows(r + """
				select k.kind as code, count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r cross join lateral unnest(r.kinds) as k(kind) group by 1
				""", p);
		List<Row> byProvince = rows(r + """
				select case when o.postal_code between '1000' and '1299' then 'BRUSSELS'
				            when o.postal_code between '1300' and '1499' then 'WALLOON_BRABANT'
				            when o.postal_code between '4000' and '4999' then 'LIEGE'
				            when o.postal_code between '5000' and '5999' then 'NAMUR'
				            when o.postal_code between '6600' and '6999' then 'LUXEMBOURG'
				            else 'HAINAUT' end as code,
				       count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r join organisation_summary_view o on o.id = r.organisation_id group by 1
				""", p);
		List<Row> byMunicipality = rows(r + """
				select o.municipality as code, count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				from r join organisation_summary_view o on o.id = r.organisation_id group by 1
				""", p);
		List<Row> redirections = rows(r + """
				select coalesce(redirect_target, '') as code, count(*) filter (where cur) as c,
				       count(*) filter (where not cur) as p
				from r where status = 'REDIRECTED' group by 1
				""", p);

		Map<String, Long> sessions = jdbc.sql("""
				select count(*) filter (where cur) as sessions1, count(*) filter (where not cur) as sessions0,
				       count(distinct request_id) filter (where cur) as consultations1,
				       count(distinct request_id) filter (where not cur) as consultations0
				from (select s.request_id, s.session_date >= :f1 as cur
				      from session_report_view s join request_report_view r on r.id = s.request_id
				      where r.region = :region and %s
				        and (s.session_date between :f1 and :t1 or s.session_date between :f0 and :t0)) s
				""".formatted(scope.sql("r.region", "r.organisation_id"))).params(p).query(ReportQueries::longs).single();

		Map<String, Object> workshops = jdbc.sql("""
				with w as (
				    select distinct d.workshop_id, d.workshop_date >= :f1 as cur
				    from workshop_date_report_view d
				    where d.workshop_date between :f1 and :t1 or d.workshop_date between :f0 and :t0)
				select count(distinct w.workshop_id) filter (where w.cur) as workshops1,
				       count(distinct w.workshop_id) filter (where not w.cur) as workshops0,
				       coalesce(sum(p.participants) filter (where w.cur), 0) as participants1,
				       coalesce(sum(p.participants) filter (where not w.cur), 0) as participants0,
				       round(count(distinct (w.workshop_id, p.organisation_id)) filter (where w.cur)::numeric
				           / nullif(count(distinct w.workshop_id) filter (where w.cur), 0), 1) as perWorkshop1,
				       round(count(distinct (w.workshop_id, p.organisation_id)) filter (where not w.cur)::numeric
				           / nullif(count(distinct w.workshop_id) filter (where not w.cur), 0), 1) as perWorkshop0
				from w join workshop_participation_report_view p on p.workshop_id = w.workshop_id
				where p.region = :region and %s
				""".formatted(scope.sql("p.region", "p.organisation_id"))).params(p).query(ReportQueries::values).single();

		List<Row> minutes = rows("""
				select t.activity as code, coalesce(sum(t.minutes) filter (where t.entry_date >= :f1), 0) as c,
				       coalesce(sum(t.minutes) filter (where t.entry_date < :f1), 0) as p
				from time_report_view t join request_report_view r on r.id = t.request_id
				where r.region = :region and %s
				  and (t.entry_date between :f1 and :t1 or t.entry_date between :f0 and :t0)
				group by 1
				""".formatted(scope.sql("r.region", "r.organisation_id")), p);

		Map<String, Object> delays = jdbc.sql(r + """
				, firsts as (
				    select r.cur,
				           (select min(m.at) from request_move_view m
				            where m.request_id = r.id and m.action not in ('SUBMITTED', 'WITHDRAWN')) as first_move,
				           (select min(s.session_date) from session_report_view s where s.request_id = r.id) as first_session,
				           (r.submitted_at at time zone 'Europe/Brussels')::date as received_on
				    from r)
				select percentile_cont(0.5) within group (order by (first_move at time zone 'Europe/Brussels')::date - received_on)
				           filter (where cur and first_move is not null) as move1,
				       percentile_cont(0.5) within group (order by (first_move at time zone 'Europe/Brussels')::date - received_on)
				           filter (where not cur and first_move is not null) as move0,
				       count(first_move) filter (where cur) as moved1, count(first_move) filter (where not cur) as moved0,
				       percentile_cont(0.5) within group (order by first_session - received_on)
				           filter (where cur and first_session is not null) as session1,
				       percentile_cont(0.5) within group (order by first_session - received_on)
				           filter (where not cur and first_session is not null) as session0,
				       count(first_session) filter (where cur) as met1, count(first_session) filter (where not cur) as met0
				from firsts
				""").params(p).query(ReportQueries::values).single();

		String evaluations = """
				from request_evaluation e
				where e.region = :region and %s
				  and ((e.invited_at >= :s1 and e.invited_at < :e1) or (e.invited_at >= :s0 and e.invited_at < :e0))
				""".formatted(scope.sql("e.region", "null"));
		Map<String, Long> invited = jdbc.sql("""
				select count(*) filter (where e.invited_at >= :s1) as invited1,
				       count(*) filter (where e.invited_at < :s1) as invited0,
				       count(e.answered_at) filter (where e.invited_at >= :s1) as answered1,
				       count(e.answered_at) filter (where e.invited_at < :s1) as answered0
				""" + evaluations).params(p).query(ReportQueries::longs).single();
		List<Row> usefulness = answers("usefulness::text", evaluations, p);
		List<Row> practice = answers("practice_changed", evaluations, p);
		List<Row> recommend = answers("would_recommend", evaluations, p);

		return new ReportFigures(pair(head, "received"), pair(head, "german"), byMonth, byOutcome, bySector, byKind,
				byProvince, byMunicipality, pair(head, "orgs"), pair(head, "first"), pair(sessions, "consultations"),
				pair(sessions, "sessions"), pairOf(workshops, "workshops"), pairOf(workshops, "participants"),
				decimals(workshops, "perworkshop"), minutes, decimals(delays, "move"), pairOf(delays, "moved"),
				decimals(delays, "session"), pairOf(delays, "met"), redirections, pair(invited, "invited"),
				pair(invited, "answered"), usefulness, practice, recommend);
	}

	private List<Row> answers(String column, String evaluations, Map<String, Object> p) {
		return rows("select " + column + " as code, count(*) filter (where e.invited_at >= :s1) as c,"
				+ " count(*) filter (where e.invited_at < :s1) as p " + evaluations
				+ " and e.answered_at is not null and " + column + " is not null group by 1", p);
	}

	private List<Row> rows(String sql, Map<String, Object> p) {
		return jdbc.sql(sql).params(p)
			.query((rs, n) -> new Row(rs.getString("code"), rs.getLong("c"), rs.getLong("p")))
			.list();
	}

	private static OffsetDateTime at(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Map<String, Long> longs(ResultSet rs, int n) throws SQLException {
		Map<String, Long> values = new HashMap<>();
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			values.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getLong(i));
		}
		return values;
	}

	private static Map<String, Object> values(ResultSet rs, int n) throws SQLException {
		Map<String, Object> values = new HashMap<>();
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			values.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
		}
		return values;
	}

	private static Pair pair(Map<String, Long> values, String name) {
		return new Pair(values.get(name + "1"), values.get(name + "0"));
	}

	private static Pair pairOf(Map<String, Object> values, String name) {
		return new Pair(((Number) values.get(name + "1")).longValue(), ((Number) values.get(name + "0")).longValue());
	}

	private static DecimalPair decimals(Map<String, Object> values, String name) {
		return new DecimalPair(decimal(values.get(name + "1")), decimal(values.get(name + "0")));
	}

	private static Double decimal(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}
}
