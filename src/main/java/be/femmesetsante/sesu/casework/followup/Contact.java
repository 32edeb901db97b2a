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

/** A contact with the requester's organisation: when and how (counted), and a summary for the team. */
@Entity
@Table(name = "followup_contact")
class Contact {

	static final int SUMMARY_MAX = 4_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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
		if (date == null) {
			throw new CaseworkException("casework.error.contactDate", "contactDate");
		}
		if (channel == null) {
			throw new CaseworkException("casework.error.channel", "channel");
		}
		if (summary != null && summary.length() > SUMMARY_MAX) {
			throw new CaseworkException("casework.error.tooLong", "summary", SUMMARY_MAX);
		}
		Contact contact = new Contact();
		contact.requestId = requestId;
		contact.date = date;
		contact.channel = channel;
		contact.summary = summary;
		contact.authorAccountId = author;
		contact.createdAt = at;
		return contact;
	}

	Long id() {
		return id;
	}
}
