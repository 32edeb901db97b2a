package be.femmesetsante.sesu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Counts a region's activity in the database in two statements: one over the requests received (one
 * pass: GROUPING SETS for the key figures and breakdowns; for the delays, the first move the database
 * keeps on the request (V34) and the first session looked up once), one over what the team did (sessions, workshops, time,
 * evaluations). Each computes the period and the same period a year before at once ({@code cur} tells
 * which a row belongs to) and answers lines ({@code dim}, {@code code}, current, previous). Reads only
 * the views other modules publish (V12, V27) and this module's own evaluations; never loads an entity.
 * Issue 13: the report used to send sixteen statements, seven of them reading the same requests again
 * and one looking up each request's first move and first session six times; V34 indexes what it reads.
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

	/**
	 * The requests of the region received in either period, with {@code cur} true for the current one:
	 * two ranges of the covering index (V34), the earlier one cut where the current one begins so that a
	 * request of a period longer than a year counts once, as the current period's.
	 */
	private static String received(Scope scope) {
		String where = "r.region = :region and " + scope.sql("r.region", "r.organisation_id");
		return """
				select r.id, r.organisation_id, r.german_speaking, r.kinds, r.status, r.redirect_target, r.submitted_at,
				       r.first_moved_at, true as cur
				from request_report_view r
				where %1$s and r.submitted_at >= :s1 and r.submitted_at < :e1
				union all
				select r.id, r.organisation_id, r.german_speaking, r.kinds, r.status, r.redirect_target, r.submitted_at,
				       r.first_moved_at, false as cur
				from request_report_view r
				where %1$s and r.submitted_at >= :s0 and r.submitted_at < least(:e0, :s1)
				""".formatted(where);
	}

	/**
	 * Every figure counted on the requests received (key figures, breakdowns, delays) in one statement
	 * and one pass over them: one GROUPING SETS aggregate gives each breakdown ({@code dim}, {@code code},
	 * current, previous), those by the organisation's sector, province and municipality summed from its
	 * counts per organisation (a thousand lines, not a join per request); the month is the request's
	 * bucket among the Brussels month starts (no time zone arithmetic per row); the first move is read
	 * with the request (kept by the database from the history, V34), the first session looked up once
	 * per request.
	 */
	private static String requests(Scope scope) {
		return "with r as materialized (" + received(scope) + """
				),
				months as (
				    select array_agg(d at time zone 'Europe/Brussels' order by d) as starts
				    from generate_series(date_trunc('month', cast(:f0 as timestamp)), cast(:t1 as timestamp),
				        interval '1 month') d),
				x as (
				    select r.cur, r.organisation_id as org, r.german_speaking as german, r.kinds,
				           width_bucket(r.submitted_at, m.starts) - case when r.cur then 13 else 1 end as month,
				           case when r.status in ('NEW', 'IN_REVIEW') then 'OPEN'
				                when r.status in ('ACCEPTED', 'IN_PROGRESS') then 'IN_PROGRESS' else r.status end as outcome,
				           case when r.status = 'REDIRECTED' then coalesce(r.redirect_target, '') end as redirect
				    from r cross join months m),
				g as materialized (
				    select case when grouping(month) = 0 then 'month' when grouping(outcome) = 0 then 'outcome'
				                when grouping(redirect) = 0 then 'redirection'
				                when grouping(german) = 0 then 'german' when grouping(kinds) = 0 then 'kinds'
				                when grouping(org) = 0 then 'org' else 'received' end as dim,
				           coalesce(month::text, outcome, redirect, german::text) as code,
				           kinds, org, count(*) filter (where cur) as c, count(*) filter (where not cur) as p
				    from x
				    group by grouping sets ((), (month), (outcome), (redirect), (german), (kinds), (org))),
				by_org as (
				    select case when grouping(sector) = 0 then 'sector' when grouping(province) = 0 then 'province'
				                else 'municipality' end as dim,
				           coalesce(sector, province, municipality) as code, sum(c) as c, sum(p) as p
				    from (select g.c, g.p, o.sector,
				                 case when o.postal_code between '1000' and '1299' then 'BRUSSELS'
				                      when o.postal_code between '1300' and '1499' then 'WALLOON_BRABANT'
				                      when o.postal_code between '4000' and '4999' then 'LIEGE'
				                      when o.postal_code between '5000' and '5999' then 'NAMUR'
				                      when o.postal_code between '6600' and '6999' then 'LUXEMBOURG'
				                      else 'HAINAUT' end as province,
				                 o.municipality
				          from g join organisation_summary_view o on o.id = g.org where g.dim = 'org') per_organisation
				    group by grouping sets ((sector), (province), (municipality))),
				firsts as materialized (
				    select r.cur, (r.submitted_at at time zone 'Europe/Brussels')::date as received_on,
				           r.first_moved_at as first_move,
				           (select min(s.session_date) from session_report_view s where s.request_id = r.id) as first_session
				    from r)
				select dim, code, c, p, null::float8 as dc, null::float8 as dp from g
				where dim not in ('kinds', 'org') and (dim <> 'redirection' or code is not null)
				union all
				select dim, code, c, p, null, null from by_org
				union all
				select 'kind', k.kind, sum(g.c), sum(g.p), null, null
				from g cross join lateral unnest(g.kinds) as k(kind) where g.dim = 'kinds' group by k.kind
				union all
				select 'organisations', null, count(*) filter (where c > 0), count(*) filter (where p > 0), null, null
				from g where dim = 'org'
				union all
				select 'first', null,
				       count(*) filter (where c > 0 and not exists (select 1 from request_report_view e
				           where e.organisation_id = g.org and e.submitted_at < :s1)),
				       count(*) filter (where p > 0 and not exists (select 1 from request_report_view e
				           where e.organisation_id = g.org and e.submitted_at < :s0)), null, null
				from g where dim = 'org'
				union all
				select 'move', null, count(first_move) filter (where cur), count(first_move) filter (where not cur),
				       percentile_cont(0.5) within group (order by (first_move at time zone 'Europe/Brussels')::date - received_on)
				           filter (where cur and first_move is not null),
				       percentile_cont(0.5) within group (order by (first_move at time zone 'Europe/Brussels')::date - received_on)
				           filter (where not cur and first_move is not null)
				from firsts
				union all
				select 'session', null, count(first_session) filter (where cur), count(first_session) filter (where not cur),
				       percentile_cont(0.5) within group (order by first_session - received_on)
				           filter (where cur and first_session is not null),
				       percentile_cont(0.5) within group (order by first_session - received_on)
				           filter (where not cur and first_session is not null)
				from firsts
				""";
	}

	/**
	 * What the team did for the region's requests, in one statement: sessions and the requests met
	 * (by session date), workshops (by date, whoever's requests), minutes by activity (by entry date)
	 * and the evaluations (by invitation), each as lines ({@code dim}, {@code code}, current, previous).
	 */
	private static String activity(Scope scope) {
		return """
				with s as (
				    select s.request_id, s.session_date >= :f1 as cur
				    from session_report_view s join request_report_view r on r.id = s.request_id
				    where r.region = :region and %1$s
				      and (s.session_date between :f1 and :t1 or s.session_date between :f0 and :t0)),
				w as (
				    select distinct d.workshop_id, d.workshop_date >= :f1 as cur
				    from workshop_date_report_view d
				    where d.workshop_date between :f1 and :t1 or d.workshop_date between :f0 and :t0),
				wp as (
				    select count(distinct w.workshop_id) filter (where w.cur) as workshops1,
				           count(distinct w.workshop_id) filter (where not w.cur) as workshops0,
				           coalesce(sum(p.participants) filter (where w.cur), 0) as participants1,
				           coalesce(sum(p.participants) filter (where not w.cur), 0) as participants0,
				           count(distinct (w.workshop_id, p.organisation_id)) filter (where w.cur) as pairs1,
				           count(distinct (w.workshop_id, p.organisation_id)) filter (where not w.cur) as pairs0
				    from w join workshop_participation_report_view p on p.workshop_id = w.workshop_id
				    where p.region = :region and %2$s),
				e as (
				    select e.invited_at >= :s1 as cur, e.answered_at, e.usefulness, e.practice_changed, e.would_recommend
				    from request_evaluation e
				    where e.region = :region and %3$s
				      and ((e.invited_at >= :s1 and e.invited_at < :e1) or (e.invited_at >= :s0 and e.invited_at < :e0)))
				select 'sessions' as dim, null as code, count(*) filter (where cur) as c, count(*) filter (where not cur) as p,
				       null::float8 as dc, null::float8 as dp
				from s
				union all
				select 'consultations', null, count(distinct request_id) filter (where cur),
				       count(distinct request_id) filter (where not cur), null, null
				from s
				union all
				select 'workshops', null, workshops1, workshops0, null, null from wp
				union all
				select 'participants', null, participants1, participants0, null, null from wp
				union all
				select 'perworkshop', null, null, null, round(pairs1::numeric / nullif(workshops1, 0), 1)::float8,
				       round(pairs0::numeric / nullif(workshops0, 0), 1)::float8
				from wp
				union all
				(select 'minutes', t.activity, coalesce(sum(t.minutes) filter (where t.entry_date >= :f1), 0),
				        coalesce(sum(t.minutes) filter (where t.entry_date < :f1), 0), null, null
				 from time_report_view t join request_report_view r on r.id = t.request_id
				 where r.region = :region and %1$s
				   and (t.entry_date between :f1 and :t1 or t.entry_date between :f0 and :t0)
				 group by t.activity)
				union all
				select 'invited', null, count(*) filter (where cur), count(*) filter (where not cur), null, null from e
				union all
				select 'answered', null, count(answered_at) filter (where cur), count(answered_at) filter (where not cur),
				       null, null
				from e
				union all
				(select 'usefulness', usefulness::text, count(*) filter (where cur), count(*) filter (where not cur), null,
				        null
				 from e where answered_at is not null and usefulness is not null group by usefulness)
				union all
				(select 'practice', practice_changed, count(*) filter (where cur), count(*) filter (where not cur), null, null
				 from e where answered_at is not null and practice_changed is not null group by practice_changed)
				union all
				(select 'recommend', would_recommend, count(*) filter (where cur), count(*) filter (where not cur), null,
				        null
				 from e where answered_at is not null and would_recommend is not null group by would_recommend)
				""".formatted(scope.sql("r.region", "r.organisation_id"), scope.sql("p.region", "p.organisation_id"),
				scope.sql("e.region", "null"));
	}

	private static Figure figure(ResultSet rs, int n) throws SQLException {
		return new Figure(rs.getString("dim"), rs.getString("code"), rs.getLong("c"), rs.getLong("p"),
				(Double) rs.getObject("dc"), (Double) rs.getObject("dp"));
	}

	/** One line of the requests statement. */
	private record Figure(String dim, String code, long c, long p, Double dc, Double dp) {
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
		// Plans made for these dates and this region, not a generic plan (as the inbox, issue 13).
		jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleValue();

		List<Figure> figures = jdbc.sql(requests(scope)).params(p).query(ReportQueries::figure).list();
		Map<String, List<Row>> rows = new HashMap<>();
		Map<String, Figure> single = new HashMap<>();
		for (Figure f : figures) {
			rows.computeIfAbsent(f.dim(), d -> new ArrayList<>()).add(new Row(f.code(), f.c(), f.p()));
			single.put(f.dim(), f);
		}
		Pair german = rows.getOrDefault("german", List.of()).stream().filter(r -> "true".equals(r.code()))
			.map(r -> new Pair(r.current(), r.previous())).findFirst().orElse(new Pair(0, 0));

		List<Figure> activity = jdbc.sql(activity(scope)).params(p).query(ReportQueries::figure).list();
		Map<String, List<Row>> done = new HashMap<>();
		Map<String, Figure> counted = new HashMap<>();
		for (Figure f : activity) {
			done.computeIfAbsent(f.dim(), d -> new ArrayList<>()).add(new Row(f.code(), f.c(), f.p()));
			counted.put(f.dim(), f);
		}
		Figure move = single.get("move");
		Figure session = single.get("session");
		return new ReportFigures(pairOf(single.get("received")), german, rows(rows, "month"), rows(rows, "outcome"),
				rows(rows, "sector"), rows(rows, "kind"), rows(rows, "province"), rows(rows, "municipality"),
				pairOf(single.get("organisations")), pairOf(single.get("first")), pairOf(counted.get("consultations")),
				pairOf(counted.get("sessions")), pairOf(counted.get("workshops")), pairOf(counted.get("participants")),
				decimals(counted.get("perworkshop")), rows(done, "minutes"), decimals(move), pairOf(move),
				decimals(session), pairOf(session), rows(rows, "redirection"), pairOf(counted.get("invited")),
				pairOf(counted.get("answered")), rows(done, "usefulness"), rows(done, "practice"),
				rows(done, "recommend"));
	}

	private static List<Row> rows(Map<String, List<Row>> rows, String dim) {
		return rows.getOrDefault(dim, List.of());
	}

	private static DecimalPair decimals(Figure figure) {
		return new DecimalPair(figure.dc(), figure.dp());
	}

	private static Pair pairOf(Figure figure) {
		return figure == null ? new Pair(0, 0) : new Pair(figure.c(), figure.p());
	}



	private static OffsetDateTime at(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}






}
