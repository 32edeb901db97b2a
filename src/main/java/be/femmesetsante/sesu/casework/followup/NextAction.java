package be.femmesetsante.sesu.casework.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Something a member of the team has to do on a request by a date. Done once (again: no change); a
 * request that ends closes its open actions, which then read "closed with the request", not "done".
 */
@Entity
@Table(name = "next_action")
class NextAction {

	static final int WHAT_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(nullable = false, length = WHAT_MAX)
	private String what;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "assignee_account_id", nullable = false)
	private long assigneeAccountId;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "ended_with_request", nullable = false)
	private boolean endedWithRequest;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected NextAction() {
		// for JPA
	}

	/** @param assigneeIsStaff whether the assignee is an enabled member of the team, as the accounts say */
	static NextAction plan(long requestId, String what, LocalDate dueDate, long assigneeAccountId,
			boolean assigneeIsStaff, long author, Instant at) {
		check(what, dueDate, assigneeIsStaff);
		NextAction action = new NextAction();
		action.requestId = requestId;
		action.what = what;
		action.dueDate = dueDate;
		action.assigneeAccountId = assigneeAccountId;
		action.authorAccountId = author;
		action.createdAt = at;
		return action;
	}

	/** Its author or its assignee changes what, when or who; an action done stays as it was. */
	void correct(String what, LocalDate dueDate, long assigneeAccountId, boolean assigneeIsStaff, long actorAccountId,
			boolean requestOpen) {
		requireCorrectable(actorAccountId, requestOpen);
		if (done) {
			throw new CaseworkException("casework.correction.error.done", null);
		}
		check(what, dueDate, assigneeIsStaff);
		this.what = what;
		this.dueDate = dueDate;
		this.assigneeAccountId = assigneeAccountId;
	}

	/** Corrections (edit, delete) are its author's or its assignee's, on a request not over. */
	void requireCorrectable(long actorAccountId, boolean requestOpen) {
		if (!requestOpen) {
			throw new CaseworkException("casework.correction.error.ended", null);
		}
		if (actorAccountId != authorAccountId && actorAccountId != assigneeAccountId) {
			throw new CaseworkException("casework.correction.error.notYours", null);
		}
	}

	Facts facts(String assigneeName) {
		return Facts.of().put("what", what).put("dueDate", dueDate).put("assignee", assigneeName);
	}

	long assigneeAccountId() {
		return assigneeAccountId;
	}

	boolean done() {
		return done;
	}

	private static void check(String what, LocalDate dueDate, boolean assigneeIsStaff) {
		if (what == null || what.isBlank()) {
			throw new CaseworkException("casework.error.what", "what");
		}
		if (what.length() > WHAT_MAX) {
			throw new CaseworkException("casework.error.tooLong", "what", WHAT_MAX);
		}
		if (dueDate == null) {
			throw new CaseworkException("casework.error.dueDate", "dueDate");
		}
		if (!assigneeIsStaff) {
			throw new CaseworkException("casework.error.assignee", "assignee");
		}
	}

	void markDone(Instant at) {
		if (!done) {
			done = true;
			doneAt = at;
		}
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	long requestId() {
		return requestId;
	}
}
