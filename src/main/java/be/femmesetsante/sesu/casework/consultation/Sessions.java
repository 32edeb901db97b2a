package be.femmesetsante.sesu.casework.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.casework.followup.CaseworkAccess;
import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.casework.followup.Corrections;
import be.femmesetsante.sesu.casework.followup.Facts;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Scope;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * Consultation sessions of a request. Logging the first session of an accepted request starts the
 * work (ACCEPTED → IN_PROGRESS) in the same transaction: both happen or neither.
 */
@Service
@Transactional(readOnly = true)
public class Sessions {

	public static final int NOTES_MAX = ConsultationSession.NOTES_MAX;
	public static final int PLACE_MAX = ConsultationSession.PLACE_MAX;

	private final JdbcClient jdbc;

	private final ConsultationSessionRepository repository;

	private final CaseworkAccess access;

	private final Clock clock;

	private final Corrections corrections;

	Sessions(JdbcClient jdbc, ConsultationSessionRepository repository, CaseworkAccess access,
			ObjectProvider<Clock> clock, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.repository = repository;
		this.access = access;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What a session was: counted facts, and short notes apart. */
	public record NewSession(LocalDate date, int durationMinutes, SessionMode mode, int participants, String place,
			String notes) {
	}

	/** {@code mine}: the reader logged it, so may correct it. */
	public record SessionView(long id, long version, LocalDate date, int durationMinutes, SessionMode mode,
			int participants, String place, String notes, boolean mine) {

		/** For partners: everything but the notes. */
		SessionView withoutNotes() {
			return new SessionView(id, 0, date, durationMinutes, mode, participants, place, null, false);
		}

		/** For the requester: the date, the mode and the place. */
		SessionView asTheRequesterSeesIt() {
			return new SessionView(id, 0, date, 0, mode, 0, place, null, false);
		}
	}

	/** The person who logged a session corrects it (kept in the correction history). */
	@Transactional
	public void correct(Actor actor, String reference, long id, long expectedVersion, NewSession session) {
		SupportRequestView request = access.writable(actor, reference);
		ConsultationSession logged = repository.findById(id).filter(s -> s.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(logged.version(), expectedVersion);
		Facts before = logged.facts();
		logged.correct(session, actor.accountId(), !request.status().isEnded());
		Corrections.flush(repository::flush);
		corrections.record(actor, request.id(), Corrections.Subject.SESSION, Corrections.Change.EDITED, before,
				logged.facts());
	}

	/** The person who logged a session deletes it (a session logged twice, on the wrong request…). */
	@Transactional
	public void delete(Actor actor, String reference, long id, long expectedVersion) {
		SupportRequestView request = access.writable(actor, reference);
		ConsultationSession logged = repository.findById(id).filter(s -> s.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(logged.version(), expectedVersion);
		logged.requireCorrectable(actor.accountId(), !request.status().isEnded());
		repository.delete(logged);
		Corrections.flush(repository::flush);
		corrections.record(actor, request.id(), Corrections.Subject.SESSION, Corrections.Change.DELETED,
				logged.facts(), null);
	}

	/**
	 * @return the id of the new session
	 * @throws CaseworkException when the request is not accepted as a consultation nor in progress
	 */
	@Transactional
	public long log(Actor actor, String reference, NewSession session) {
		SupportRequestView request = access.writable(actor, reference);
		CaseworkAccess.requireWorkable(request, WorkKind.CONSULTATION, "casework.session.error.status");
		ConsultationSession logged = repository.save(
				ConsultationSession.log(request.id(), session, actor.accountId(), clock.instant()));
		access.changed(actor, request, "SESSION_LOGGED", "session_date", "duration_minutes", "mode", "participants",
				"place", "notes");
		access.startIfAccepted(actor, request);
		return logged.id();
	}

	/**
	 * A request's sessions, newest first, within the actor's scope (a request outside it has none);
	 * the section then decides what part of each the actor's audience sees.
	 */
	public List<SessionView> of(Actor actor, long requestId) {
		Scope scope = actor.scope();
		return jdbc.sql("""
				select s.id, s.session_date, s.duration_minutes, s.mode, s.participants, s.place, s.notes,
				       s.version, s.author_account_id
				from consultation_session s join request_summary_view r on r.id = s.request_id
				where s.request_id = :request and %s
				order by s.session_date desc, s.id desc""".formatted(scope.sql("r.region", "r.organisation_id")))
			.param("request", requestId)
			.params(scope.parameters())
			.query((rs, n) -> new SessionView(rs.getLong(1), rs.getLong(8), rs.getObject(2, LocalDate.class),
					rs.getInt(3), SessionMode.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
					rs.getLong(9) == actor.accountId()))
			.list();
	}
}
