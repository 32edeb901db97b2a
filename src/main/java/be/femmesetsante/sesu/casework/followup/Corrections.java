package be.femmesetsante.sesu.casework.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Scope;

/**
 * The correction history of casework entries (sessions, contacts, next actions, time, workshops):
 * written in the transaction of the correction itself, read by the team on the request's page.
 */
@Service
@Transactional(readOnly = true)
public class Corrections {

	/** What was corrected. */
	public enum Subject {
		SESSION, CONTACT, NEXT_ACTION, TIME_ENTRY, WORKSHOP
	}

	/** How. */
	public enum Change {
		EDITED, DELETED, DONE, REMOVED, CANCELLED
	}

	/** A correction made on a page that was out of date: someone changed the entry meanwhile. */
	public static final String CHANGED_MEANWHILE = "casework.error.changedMeanwhile";

	private final CaseworkCorrectionRepository corrections;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Corrections(CaseworkCorrectionRepository corrections, JdbcClient jdbc, ObjectProvider<Clock> clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A correction of an entry as the page shows it: only the facts that changed, before and after. */
	public record CorrectionView(Instant at, String actorName, Subject subject, Change change,
			List<Facts.Fact> before, List<Facts.Fact> after) {

		public String messageKey() {
			return "casework.correction." + subject.name() + "." + change.name();
		}
	}

	/** Keeps a correction; call it inside the correction's own transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, long requestId, Subject subject, Change change, Facts before, Facts after) {
		corrections.save(new CaseworkCorrection(requestId, clock.instant(), actor.accountId(), actor.displayName(),
				subject, change, before, after));
		if (change != Change.DONE) { // a next action done is audited as NEXT_ACTION_DONE by FollowUps
			// The audit trail names the request by its reference and the fields touched, never their content.
			String reference = jdbc.sql("select reference from request_summary_view where id = :id")
				.param("id", requestId).query(String.class).single();
			events.publishEvent(new be.femmesetsante.sesu.shared.CaseChanged(actor.accountId(), reference,
					"CASEWORK_CORRECTED", List.of(subject.name().toLowerCase() + "." + change.name().toLowerCase())));
		}
	}

	/** The request's corrections, oldest first, for the team only (the corrected texts may be internal). */
	public List<CorrectionView> of(Actor actor, long requestId) {
		if (!actor.audience().readsInternalText()) {
			return List.of();
		}
		Scope scope = actor.scope();
		return jdbc.sql("""
				select c.at, c.actor_display_name, c.subject, c.change, c.before_facts, c.after_facts
				from casework_correction c join request_summary_view r on r.id = c.request_id
				where c.request_id = :request and %s order by c.at, c.id""".formatted(
					scope.sql("r.region", "r.organisation_id")))
			.param("request", requestId)
			.params(scope.parameters())
			.query((rs, n) -> {
				Facts before = Facts.read(rs.getString(5));
				Facts after = rs.getString(6) == null ? null : Facts.read(rs.getString(6));
				return new CorrectionView(rs.getTimestamp(1).toInstant(), rs.getString(2),
						Subject.valueOf(rs.getString(3)), Change.valueOf(rs.getString(4)),
						before.differingFrom(after), after == null ? List.of() : after.differingFrom(before));
			})
			.list();
	}

	/** Checks the version the page showed, then flushes so a change committed meanwhile fails here too. */
	public static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw new CaseworkException(CHANGED_MEANWHILE, null);
		}
	}

	public static void flush(Runnable flush) {
		try {
			flush.run();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new CaseworkException(CHANGED_MEANWHILE, null);
		}
	}
}
