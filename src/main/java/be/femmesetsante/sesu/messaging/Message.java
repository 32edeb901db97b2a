package be.femmesetsante.sesu.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plain-text message on a request's thread. Never changed once posted. */
@Entity
@Table(name = "request_message")
class Message {

	static final int BODY_MAX = 5_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "author_display_name", nullable = false, updatable = false, length = 200)
	private String authorDisplayName;

	@Column(name = "from_team", nullable = false, updatable = false)
	private boolean fromTeam;

	@Column(nullable = false, updatable = false, columnDefinition = "text")
	private String body;

	@Column(name = "posted_at", nullable = false, updatable = false)
	private Instant postedAt;

	protected Message() {
	}

	Message(long requestId, Author author, String body, Instant postedAt) {
		this.requestId = requestId;
		this.authorAccountId = author.accountId();
		this.authorDisplayName = author.displayName();
		this.fromTeam = author.fromTeam();
		this.body = body;
		this.postedAt = postedAt;
	}

	Long id() {
		return id;
	}

	long authorAccountId() {
		return authorAccountId;
	}

	boolean fromTeam() {
		return fromTeam;
	}

	Instant postedAt() {
		return postedAt;
	}
}
