package be.femmesetsante.sesu.casework.followup;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.CaseChanged;
import be.femmesetsante.sesu.request.RequestNotFoundException;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * The one way casework entries reach a request: through {@link SupportRequests#findByReference},
 * so a partner never reaches a Wallonia request (404), and only staff write.
 */
@Component
public class CaseworkAccess {

	private final SupportRequests requests;

	private final ApplicationEventPublisher events;

	CaseworkAccess(SupportRequests requests, ApplicationEventPublisher events) {
		this.requests = requests;
		this.events = events;
	}

	/**
	 * Tells the audit trail, in the caller's transaction, that a casework entry changed this request:
	 * the action and the names of the fields written, never their content.
	 */
	public void changed(Actor actor, SupportRequestView request, String action, String... fields) {
		changed(actor, request.reference(), action, fields);
	}

	/** The same, for a change made where only the request's reference is at hand (a workshop's count). */
	public void changed(Actor actor, String reference, String action, String... fields) {
		events.publishEvent(new CaseChanged(actor.accountId(), reference, action, java.util.List.of(fields)));
	}

	/** The request in the actor's scope, or a 404. */
	public SupportRequestView visible(Actor actor, String reference) {
		return requests.findByReference(actor, reference).map(d -> d.request()).orElseThrow(RequestNotFoundException::new);
	}

	/** A staff member's request to write on: partners and the others get a 403, unseen requests a 404. */
	public SupportRequestView writable(Actor actor, String reference) {
		requireStaff(actor);
		return visible(actor, reference);
	}

	public static void requireStaff(Actor actor) {
		if (!actor.audience().actsOnCases()) {
			throw new AccessDeniedException("Only staff log casework");
		}
	}

	/** Work of this kind may be logged: accepted as that kind, or its work of that kind in progress. */
	public static void requireWorkable(SupportRequestView request, WorkKind kind, String messageKey) {
		boolean underWay = request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.IN_PROGRESS;
		if (!underWay || request.workKind() != kind) {
			throw new CaseworkException(messageKey, null, new DefaultMessageSourceResolvable(request.status().messageKey()));
		}
	}

	/** Follow-ups go on any request that is not over yet (a contact may come before acceptance). */
	public static void requireOpen(SupportRequestView request) {
		if (request.status().isEnded()) {
			throw new CaseworkException("casework.error.ended", null,
					new DefaultMessageSourceResolvable(request.status().messageKey()));
		}
	}

	/** Starts the work of an accepted request (ACCEPTED → IN_PROGRESS), in the caller's transaction. */
	public SupportRequestView startIfAccepted(Actor actor, SupportRequestView request) {
		if (request.status() == RequestStatus.ACCEPTED) {
			return requests.start(actor, request.id(), request.version());
		}
		return request;
	}
}
