package be.femmesetsante.sesu.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Scope;

/**
 * The staff and partner inbox, a read model of casework: one page of requests with their counts, in
 * exactly three SQL statements whatever the page holds (custom plans for this transaction; the counts
 * per status, bounded, from which the page's total is taken; then the rows, with organisation and lead
 * names joined in), four with search words (the organisations whose name they match, first). It reads the views
 * the other modules publish ({@code request_summary_view}, {@code organisation_summary_view},
 * {@code account_name_view}, see V12) and casework's own {@code next_action}, never another
 * module's tables. The actor's {@link Scope} is part of the SQL: the team sees both regions,
 * partners Brussels only, and whoever does not see casework gets an empty page.
 */
@Service
@Transactional(readOnly = true)
class RequestInbox {

	static final int PAGE_SIZE = 25;

	/**
	 * A next action (casework's follow-ups) past its due date and not done, in Brussels days, on a
	 * request that has not ended: read in the same statement as the row, so the flag costs no query
	 * per request.
	 */
	static final String OVERDUE_ACTION_SQL = "r.status in (" + RequestStatus.notEndedSqlList() + ")"
			+ " and exists (select 1 from next_action na where na.request_id = r.id"
			+ " and not na.done and na.due_date < cast(now() at time zone 'Europe/Brussels' as date))";

	private static final String FROM = " from request_summary_view r"
			+ " join organisation_summary_view o on o.id = r.organisation_id";

	private final EntityManager entityManager;
	private final Clock clock;

	RequestInbox(EntityManager entityManager, ObjectProvider<Clock> clock) {
		this.entityManager = entityManager;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A page of the inbox in the filter's order, and the counts per status under the same filters.
	 * Each count stops at {@value #COUNT_CAP} + 1 (shown "1 000+"): counting every one of tens of
	 * thousands of ended requests on each view cost more than the rest of the page (issue 13), and
	 * nobody pages that far; the filters narrow instead.
	 */
	InboxPage search(Actor actor, InboxFilter filter, Pageable pageable) {
		if (!actor.audience().seesCasework() || actor.scope().none()) {
			return new InboxPage(Page.empty(pageable), Map.of(), 0);
		}
		// Plans made for this view's values, never the generic plan PostgreSQL settles on after five
		// runs of a prepared statement: with the search word unknown it read every request and recomputed
		// the word's query for each (issue 13). Planning the two statements costs far less.
		entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
			.getSingleResult();
		List<Long> organisationIds = filter.hasText() ? organisationsNamed(filter.text().strip()) : List.of();
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		long toDecide = counts(actor, filter, byStatus, organisationIds);
		long total = filter.toDecide() ? toDecide
				: byStatus.entrySet()
					.stream()
					.filter(e -> filter.status() == null || e.getKey() == filter.status())
					.mapToLong(Map.Entry::getValue)
					.sum();
		boolean capped = filter.toDecide() ? toDecide > COUNT_CAP
				: byStatus.entrySet()
					.stream()
					.anyMatch(e -> (filter.status() == null || e.getKey() == filter.status()) && e.getValue() > COUNT_CAP);
		List<InboxRow> rows = total == 0 || pageable.getOffset() >= total ? List.of() : rows(actor, filter, pageable, organisationIds);
		return new InboxPage(new PageImpl<>(rows, pageable, total), byStatus, toDecide, capped);
	}

	/**
	 * The organisations whose name the words match (few next to all of them), so that the requests'
	 * statements test their own column against a list the planner sees.
	 */
	@SuppressWarnings("unchecked")
	private List<Long> organisationsNamed(String text) {
		return ((List<Number>) entityManager.createNativeQuery("select ot.id from organisation_summary_view ot"
				+ " where ot.name_search_vector @@ websearch_to_tsquery('french', f_unaccent(:text))")
			.setParameter("text", text)
			.getResultList()).stream().map(Number::longValue).toList();
	}

	/** Counts above this are shown as "more than" it. */
	static final int COUNT_CAP = 1000;

	private List<InboxRow> rows(Actor actor, InboxFilter filter, Pageable pageable, List<Long> organisationIds) {
		Conditions where = conditions(actor, filter, true, organisationIds);
		String nextDue = filter.sort() == InboxSort.DUE
				? " left join lateral (select min(na.due_date) as due_date from next_action na"
						+ " where na.request_id = r.id and not na.done) next_due on true"
				: "";
		Query query = entityManager.createNativeQuery("select r.reference, r.title, o.name, r.region,"
				+ " array_to_string(r.kinds, ','), r.status, r.work_kind, a.display_name, r.submitted_at,"
				+ " r.german_speaking, " + OVERDUE_ACTION_SQL + FROM
				+ " left join account_name_view a on a.id = r.lead_account_id" + nextDue + where.sql()
				+ " order by " + filter.sort().orderBy() + " limit :limit offset :offset");
		where.bind(query);
		query.setParameter("limit", pageable.getPageSize());
		query.setParameter("offset", pageable.getOffset());
		Instant now = clock.instant();
		List<InboxRow> rows = new ArrayList<>();
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			RequestStatus status = RequestStatus.valueOf((String) row[5]);
			Instant received = instant(row[8]);
			boolean german = Boolean.TRUE.equals(row[9]);
			rows.add(new InboxRow((String) row[0], (String) row[1], (String) row[2], Region.valueOf((String) row[3]),
					kinds((String) row[4]), status, row[6] == null ? null : WorkKind.valueOf((String) row[6]),
					(String) row[7], received,
					status.isEnded() ? null : Math.max(0, Duration.between(received, now).toDays()),
					german && status == RequestStatus.NEW, Boolean.TRUE.equals(row[10])));
		}
		return rows;
	}

	/**
	 * One statement: per status, how many requests match (up to {@link #COUNT_CAP} + 1, each read
	 * through the status index), and how many German-speaking new ones are to decide. Fills
	 * {@code byStatus}; returns the "to decide" count.
	 */
	private long counts(Actor actor, InboxFilter filter, Map<RequestStatus, Long> byStatus,
			List<Long> organisationIds) {
		Conditions where = conditions(actor, filter, false, organisationIds);
		if (filter.hasText()) {
			return countsOfSearch(filter, where, byStatus);
		}
		String and = where.sql().isEmpty() ? " where " : where.sql() + " and ";
		// The organisation is joined only when a filter needs it (its sector); each count walks the
		// status index in its order and stops at the cap, whatever the table holds.
		String from = filter.sector() != null ? FROM : " from request_summary_view r";
		StringBuilder sql = new StringBuilder();
		for (RequestStatus status : RequestStatus.values()) {
			sql.append("select '").append(status.name()).append("', (select count(*) from (select 1").append(from)
				.append(and).append("r.status = '").append(status.name())
				.append("' order by r.submitted_at desc, r.id desc limit ").append(COUNT_CAP + 1).append(") c) union all ");
		}
		sql.append("select 'TO_DECIDE', (select count(*) from (select 1").append(from).append(and)
			.append("r.german_speaking and r.status = 'NEW' order by r.submitted_at desc, r.id desc limit ")
			.append(COUNT_CAP + 1).append(") c)");
		Query query = entityManager.createNativeQuery(sql.toString());
		where.bind(query);
		long toDecide = 0;
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			long count = ((Number) row[1]).longValue();
			if ("TO_DECIDE".equals(row[0])) {
				toDecide = count;
			}
			else if (count > 0) {
				byStatus.put(RequestStatus.valueOf((String) row[0]), count);
			}
		}
		return toDecide;
	}

	/**
	 * With a search word the requests it finds are few next to all of them: counted in one pass over
	 * them, grouped by status (the found ids computed once, not once per status).
	 */
	private long countsOfSearch(InboxFilter filter, Conditions where, Map<RequestStatus, Long> byStatus) {
		Query query = entityManager.createNativeQuery("select r.status, count(*),"
				+ " count(*) filter (where r.german_speaking and r.status = 'NEW')"
				+ (filter.sector() != null ? FROM : " from request_summary_view r") + where.sql() + " group by r.status");
		where.bind(query);
		long toDecide = 0;
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			byStatus.put(RequestStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
			toDecide += ((Number) row[2]).longValue();
		}
		return toDecide;
	}

	/** The WHERE clause: the actor's scope first, then each filter given, all as bound parameters. */
	private Conditions conditions(Actor actor, InboxFilter filter, boolean withStatusFilters,
			List<Long> organisationIds) {
		Conditions where = new Conditions();
		Scope scope = actor.scope();
		if (!scope.everything()) {
			where.add(scope.sql("r.region", "r.organisation_id"), scope.parameters());
		}
		if (filter.region() != null) {
			where.add("r.region = :region", "region", filter.region().name());
		}
		if (withStatusFilters && filter.status() != null) {
			where.add("r.status = :status", "status", filter.status().name());
		}
		if (withStatusFilters && filter.toDecide()) {
			where.add("r.german_speaking and r.status = 'NEW'");
		}
		if (filter.overdueOnly()) {
			where.add(OVERDUE_ACTION_SQL);
		}
		if (filter.lead() == InboxFilter.Lead.ME) {
			where.add("r.lead_account_id = :me", "me", actor.accountId());
		}
		else if (filter.lead() == InboxFilter.Lead.UNASSIGNED) {
			where.add("r.lead_account_id is null");
		}
		if (filter.kind() != null) {
			where.add("r.kinds @> array[cast(:kind as text)]", "kind", filter.kind().name());
		}
		if (filter.sector() != null) {
			where.add("o.sector = :sector", "sector", filter.sector().name());
		}
		if (filter.receivedFrom() != null) {
			where.add("r.submitted_at >= :from", "from",
					filter.receivedFrom().atStartOfDay(Brussels.ZONE).toOffsetDateTime());
		}
		if (filter.receivedTo() != null) {
			where.add("r.submitted_at < :to", "to",
					filter.receivedTo().plusDays(1).atStartOfDay(Brussels.ZONE).toOffsetDateTime());
		}
		if (filter.openOnly()) {
			where.add("r.status in (" + RequestStatus.notEndedSqlList() + ")");
		}
		if (filter.hasText()) {
			// The words are matched in the request's text or its organisation's name: one condition on
			// the request's own columns (its search vector, its organisation among those whose name
			// matches, read just before), so that PostgreSQL, planning for this word (see search),
			// chooses: for a word that finds few requests, the full-text and organisation indexes
			// together (a BitmapOr); for a word that finds thousands, the requests in the page's order,
			// stopping at the page's 25 (issue 13: computing every match first cost 17 ms for a
			// common word; a join of the two tables could use neither index).
			String text = filter.text().strip();
			StringBuilder matches = new StringBuilder("(r.search_vector @@ websearch_to_tsquery('french', f_unaccent(:text))");
			where.parameters.put("text", text);
			if (!organisationIds.isEmpty()) {
				matches.append(" or r.organisation_id in (:organisationIds)");
				where.parameters.put("organisationIds", organisationIds);
			}
			if (text.chars().anyMatch(Character::isDigit)) {
				// A reference (or part of one, "2026-0042"): through its trigram index (V15).
				matches.append(" or r.reference ilike :referenceLike escape '\\'");
				where.parameters.put("referenceLike", "%" + text.replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%");
			}
			where.add(matches.append(")").toString());
		}
		return where;
	}

	private static Set<SupportKind> kinds(String names) {
		Set<SupportKind> kinds = new java.util.TreeSet<>();
		if (names != null && !names.isEmpty()) {
			Arrays.stream(names.split(",")).map(SupportKind::valueOf).forEach(kinds::add);
		}
		return kinds;
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
	}

	private static final class Conditions {

		private final List<String> clauses = new ArrayList<>();
		private final Map<String, Object> parameters = new LinkedHashMap<>();

		void add(String clause) {
			clauses.add(clause);
		}

		void add(String clause, String name, Object value) {
			add(clause, Map.of(name, value));
		}

		void add(String clause, Map<String, Object> named) {
			clauses.add(clause);
			parameters.putAll(named);
		}

		String sql() {
			return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
		}

		void bind(Query query) {
			parameters.forEach(query::setParameter);
		}
	}
}
