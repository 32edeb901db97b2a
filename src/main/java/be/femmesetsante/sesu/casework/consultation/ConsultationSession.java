package be.femmesetsante.sesu.casework.consultation;

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

import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.casework.followup.Facts;

/**
 * A consultation session of a request: the counted facts (date, duration, mode, participants) in
 * plain columns for reports, the place the requester sees, and the team's short notes apart (the
 * only free text, blanked by retention).
 */
@Entity
@Table(name = "consultation_session")
class ConsultationSession {

	static final int NOTES_MAX = 4_000;
	static final int PLACE_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "session_date", nullable = false)
	private LocalDate date;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SessionMode mode;

	@Column(nullable = false)
	private int participants;

	@Column(length = PLACE_MAX)
	private String place;

	@Column(columnDefinition = "text")
	private String notes;

	@Column(name = "author_account_id", nullable = false, updatable = false)
	private long authorAccountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ConsultationSession() {
		// for JPA
	}

	/** A session as staff log it; refused when a fact is out of bounds or a text too long. */
	static ConsultationSession log(long requestId, Sessions.NewSession session, long authorAccountId, Instant at) {
		check(session);
		ConsultationSession logged = new ConsultationSession();
		logged.requestId = requestId;
		logged.apply(session);
		logged.authorAccountId = authorAccountId;
		logged.createdAt = at;
		return logged;
	}

	/**
	 * The person who logged the session corrects it, with the same checks as when logging, while
	 * the request is not over (a closed request is reopened first).
	 */
	void correct(Sessions.NewSession session, long actorAccountId, boolean requestOpen) {
		requireCorrectable(actorAccountId, requestOpen);
		check(session);
		apply(session);
	}

	/** Deleting is a correction too: the same person, on a request not over. */
	void requireCorrectable(long actorAccountId, boolean requestOpen) {
		if (!requestOpen) {
			throw new CaseworkException("casework.correction.error.ended", null);
		}
		if (actorAccountId != authorAccountId) {
			throw new CaseworkException("casework.correction.error.notYours", null);
		}
	}

	Facts facts() {
		return Facts.of().put("date", date).put("duration", durationMinutes)
			.label("mode", mode.messageKey()).put("participants", participants).put("place", place)
			.put("notes", notes);
	}

	private void apply(Sessions.NewSession session) {
		this.date = session.date();
		this.durationMinutes = session.durationMinutes();
		this.mode = session.mode();
		this.participants = session.participants();
		this.place = session.place();
		this.notes = session.notes();
	}

	private static void check(Sessions.NewSession session) {
		if (session.date() == null) {
			throw new CaseworkException("casework.error.sessionDate", "sessionDate");
		}
		if (session.durationMinutes() < 1 || session.durationMinutes() > 1440) {
			throw new CaseworkException("casework.error.duration", "duration", 1, 1440);
		}
		if (session.mode() == null) {
			throw new CaseworkException("casework.error.mode", "mode");
		}
		if (session.participants() < 1 || session.participants() > 10_000) {
			throw new CaseworkException("casework.error.participants", "participants", 1, 10_000);
		}
		if (session.place() != null && session.place().length() > PLACE_MAX) {
			throw new CaseworkException("casework.error.tooLong", "place", PLACE_MAX);
		}
		if (session.notes() != null && session.notes().length() > NOTES_MAX) {
			throw new CaseworkException("casework.error.tooLong", "notes", NOTES_MAX);
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
