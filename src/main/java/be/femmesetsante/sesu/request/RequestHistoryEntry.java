package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change in a request's life: who, when, from, to, why. Written once with its request and
 * never changed: no setters, every column insert-only, and Hibernate treats the entity as
 * immutable.
 */
@Entity
@Immutable
@Table(name = "request_history")
class RequestHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "at", nullable = false, updatable = false)
	private Instant at;

	@Column(name = "actor_account_id", nullable = false, updatable = false)
	private long actorAccountId;

	// Copied: the history must still say who acted after the account is renamed or removed.
	@Column(name = "actor_display_name", nullable = false, updatable = false, length = 200)
	private String actorDisplayName;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false, length = 20)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false, length = 20)
	private RequestStatus toStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "action", nullable = false, updatable = false, length = 20)
	private RequestAction action;

	@Column(name = "lead_account_id", updatable = false)
	private Long leadAccountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "work_kind", updatable = false, length = 20)
	private WorkKind workKind;

	/** The why: a reason, a redirect target, a closing summary. Free text, may be personal. */
	@Column(name = "detail", updatable = false, columnDefinition = "text")
	private String detail;

	protected RequestHistoryEntry() {
		// for JPA
	}

	RequestHistoryEntry(Instant at, Actor actor, RequestStatus from, RequestStatus to, RequestAction action,
			Long leadAccountId, WorkKind workKind, String detail) {
		this.at = at;
		this.actorAccountId = actor.accountId();
		this.actorDisplayName = actor.displayName();
		this.fromStatus = from;
		this.toStatus = to;
		this.action = action;
		this.leadAccountId = leadAccountId;
		this.workKind = workKind;
		this.detail = detail;
	}

	HistoryEntryView toView() {
		return new HistoryEntryView(at, actorAccountId, actorDisplayName, fromStatus, toStatus, action, leadAccountId,
				workKind, detail);
	}

	RequestAction action() {
		return action;
	}

	RequestStatus fromStatus() {
		return fromStatus;
	}

	RequestStatus toStatus() {
		return toStatus;
	}

	Instant at() {
		return at;
	}

	long actorAccountId() {
		return actorAccountId;
	}

	Long leadAccountId() {
		return leadAccountId;
	}

	WorkKind workKind() {
		return workKind;
	}

	String detail() {
		return detail;
	}
}
