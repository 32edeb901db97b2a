package be.femmesetsante.sesu.casework.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
		NextAction action = new NextAction();
		action.requestId = requestId;
		action.what = what;
		action.dueDate = dueDate;
		action.assigneeAccountId = assigneeAccountId;
		action.authorAccountId = author;
		action.createdAt = at;
		return action;
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
}
