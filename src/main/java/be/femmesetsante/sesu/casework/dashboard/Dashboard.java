package be.femmesetsante.sesu.casework.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.casework.followup.CaseworkAccess;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * "Mon tableau de bord": three lists, three SQL statements, whatever they hold, each list at most
 * {@value #LIST_LIMIT} rows with its whole count. A read model of
 * casework: its own next actions, and the requests and organisations through the views their modules
 * publish ({@code request_summary_view}, {@code organisation_summary_view}), never their tables. Only
 * the team has a dashboard, and the team's scope is every case, so no scoping is lost.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	/**
	 * Each list shows at most this many rows, the most urgent first, with the whole count in its
	 * heading and a link to the inbox filtered to all of them: a page of hundreds of rows grew with the
	 * data and cost seconds (issue 13).
	 */
	public static final int LIST_LIMIT = 50;

	private final JdbcClient jdbc;

	Dashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record CaseRow(String reference, String title, String organisation, RequestStatus status, WorkKind workKind,
			Instant submittedAt) {

		public String statusKey() {
			return status.messageKey();
		}

		/** The day it arrived, in Brussels. */
		public LocalDate receivedOn() {
			return Brussels.dayOf(submittedAt);
		}
	}

	public record DueAction(long id, String what, LocalDate dueDate, String reference, boolean overdue) {
	}

	/**
	 * @param openCount all the staff member's open cases, of which {@code openCases} are the first
	 * @param overdueCount all their overdue actions; {@code dueTodayCount} those due today
	 * @param unassignedCount all new requests without a lead
	 */
	public record View(List<CaseRow> openCases, List<DueAction> dueActions, List<CaseRow> unassigned, long openCount,
			long overdueCount, long dueTodayCount, long unassignedCount) {

		public View(List<CaseRow> openCases, List<DueAction> dueActions, List<CaseRow> unassigned) {
			this(openCases, dueActions, unassigned, openCases.size(),
					dueActions.stream().filter(DueAction::overdue).count(),
					dueActions.stream().filter(a -> !a.overdue()).count(), unassigned.size());
		}

		public boolean moreOpen() {
			return openCount > openCases.size();
		}

		public boolean moreDue() {
			return overdueCount + dueTodayCount > dueActions.size();
		}

		public boolean moreUnassigned() {
			return unassignedCount > unassigned.size();
		}
	}

	public View of(Actor actor, LocalDate today) {
		CaseworkAccess.requireStaff(actor);
		long[] openCount = new long[1];
		List<CaseRow> open = jdbc.sql("""
				select r.reference, r.title, o.name, r.status, r.work_kind, r.submitted_at, count(*) over ()
				from request_summary_view r join organisation_summary_view o on o.id = r.organisation_id
				where r.lead_account_id = ? and r.status in (%s)
				order by r.submitted_at, r.id limit ?""".formatted(RequestStatus.notEndedSqlList()))
			.params(actor.accountId(), LIST_LIMIT)
			.query((rs, n) -> {
				openCount[0] = rs.getLong(7);
				return row(rs);
			})
			.list();
		long[] dueCounts = new long[2];
		List<DueAction> due = jdbc.sql("""
				select a.id, a.what, a.due_date, r.reference,
				       count(*) filter (where a.due_date < ?) over (), count(*) filter (where a.due_date = ?) over ()
				from next_action a join request_summary_view r on r.id = a.request_id
				where a.assignee_account_id = ? and not a.done and a.due_date <= ?
				  -- An ended request has nothing left to do, even before its listener has closed its actions.
				  and r.status in (%s)
				order by a.due_date, a.id limit ?""".formatted(RequestStatus.notEndedSqlList()))
			.params(today, today, actor.accountId(), today, LIST_LIMIT)
			.query((rs, n) -> {
				dueCounts[0] = rs.getLong(5);
				dueCounts[1] = rs.getLong(6);
				LocalDate dueDate = rs.getObject(3, LocalDate.class);
				return new DueAction(rs.getLong(1), rs.getString(2), dueDate, rs.getString(4), dueDate.isBefore(today));
			})
			.list();
		long[] unassignedCount = new long[1];
		List<CaseRow> unassigned = jdbc.sql("""
				select r.reference, r.title, o.name, r.status, r.work_kind, r.submitted_at, count(*) over ()
				from request_summary_view r join organisation_summary_view o on o.id = r.organisation_id
				where r.status = 'NEW' and r.lead_account_id is null
				order by r.submitted_at, r.id limit ?""")
			.param(LIST_LIMIT)
			.query((rs, n) -> {
				unassignedCount[0] = rs.getLong(7);
				return row(rs);
			})
			.list();
		return new View(open, due, unassigned, openCount[0], dueCounts[0], dueCounts[1], unassignedCount[0]);
	}

	private static CaseRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String kind = rs.getString(5);
		return new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), RequestStatus.valueOf(rs.getString(4)),
				kind == null ? null : WorkKind.valueOf(kind), rs.getTimestamp(6).toInstant());
	}
}
