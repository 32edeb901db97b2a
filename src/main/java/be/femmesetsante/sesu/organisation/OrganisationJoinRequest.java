package be.femmesetsante.sesu.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A professional asks to join an organisation that is already registered (same enterprise
 * number) instead of registering it twice. Staff confirm or refuse it; until then it is PENDING.
 */
@Entity
@Table(name = "organisation_join_request")
class OrganisationJoinRequest {

	static final String PENDING = "PENDING";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(nullable = false, length = 20)
	private String status;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by_account_id")
	private Long decidedByAccountId;

	protected OrganisationJoinRequest() {
		// for JPA
	}

	OrganisationJoinRequest(long organisationId, long accountId, Instant now) {
		this.organisationId = organisationId;
		this.accountId = accountId;
		this.status = PENDING;
		this.requestedAt = now;
	}

	long organisationId() {
		return organisationId;
	}

	long accountId() {
		return accountId;
	}

	boolean pending() {
		return PENDING.equals(status);
	}

	/** Staff or an admin decided: the professional joins (confirmed) or not (refused). Decided once. */
	void decide(boolean confirmed, long byAccountId, Instant now) {
		if (!pending()) {
			throw new JoinRequestRefusal("organisation.joinRequests.refused.decided");
		}
		this.status = confirmed ? "CONFIRMED" : "REFUSED";
		this.decidedByAccountId = byAccountId;
		this.decidedAt = now;
	}
}
