package be.femmesetsante.sesu.casework.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contact with the requester's organisation: when and how (counted), and a summary for the team. */
@Entity
@Table(name = "followup_contact")
class Contact {

	static final int SUMMARY_MAX = 4_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "contact_date", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContactChannel channel;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Contact() {
		// for JPA
	}

	static Contact note(long requestId, LocalDate date, ContactChannel channel, String summary, long author, Instant at) {
		check(date, channel, summary);
		Contact contact = new Contact();
		contact.requestId = requestId;
		contact.date = date;
		contact.channel = channel;
		contact.summary = summary;
		contact.authorAccountId = author;
		contact.createdAt = at;
		return contact;
	}

	void correct(LocalDate date, ContactChannel channel, String summary, long actorAccountId, boolean requestOpen) {
		requireCorrectable(actorAccountId, requestOpen);
		check(date, channel, summary);
		this.date = date;
		this.channel = channel;
		this.summary = summary;
	}

	/** Corrections (edit, delete) are the author's, on a request not over (a closed request is reopened first). */
	void requireCorrectable(long actorAccountId, boolean requestOpen) {
		if (!requestOpen) {
			throw new CaseworkException("casework.correction.error.ended", null);
		}
		if (actorAccountId != authorAccountId) {
			throw new CaseworkException("casework.correction.error.notYours", null);
		}
	}

	Facts facts() {
		return Facts.of().put("date", date).label("channel", channel.messageKey()).put("summary", summary);
	}

	private static void check(LocalDate date, ContactChannel channel, String summary) {
		if (date == null) {
			throw new CaseworkException("casework.error.contactDate", "contactDate");
		}
		if (channel == null) {
			throw new CaseworkException("casework.error.channel", "channel");
		}
		if (summary != null && summary.length() > SUMMARY_MAX) {
			throw new CaseworkException("casework.error.tooLong", "summary", SUMMARY_MAX);
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
