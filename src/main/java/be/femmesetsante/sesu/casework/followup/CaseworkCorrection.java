package be.femmesetsante.sesu.casework.followup;

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

import be.femmesetsante.sesu.casework.followup.Corrections.Change;
import be.femmesetsante.sesu.casework.followup.Corrections.Subject;

/**
 * One correction of a casework entry, kept for good: who, when, which entry, what it said before
 * and after. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "casework_correction")
class CaseworkCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(name = "actor_account_id", nullable = false, updatable = false)
	private long actorAccountId;

	@Column(name = "actor_display_name", nullable = false, updatable = false, length = 200)
	private String actorDisplayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Subject subject;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Change change;

	@Column(name = "before_facts", updatable = false, columnDefinition = "text")
	private String beforeFacts;

	@Column(name = "after_facts", updatable = false, columnDefinition = "text")
	private String afterFacts;

	protected CaseworkCorrection() {
		// for JPA
	}

	CaseworkCorrection(long requestId, Instant at, long actorAccountId, String actorDisplayName, Subject subject,
			Change change, Facts before, Facts after) {
		this.requestId = requestId;
		this.at = at;
		this.actorAccountId = actorAccountId;
		this.actorDisplayName = actorDisplayName;
		this.subject = subject;
		this.change = change;
		this.beforeFacts = before == null ? null : before.write();
		this.afterFacts = after == null ? null : after.write();
	}
}
