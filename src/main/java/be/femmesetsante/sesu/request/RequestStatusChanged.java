package be.femmesetsante.sesu.request;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * A request moved from one status to another (lead assigned on a new request, accepted, started,
 * closed, declined, redirected, withdrawn). Listeners read the request for the why; the event
 * itself carries no free text (see {@link RequestSubmitted}).
 */
public record RequestStatusChanged(
		long requestId,
		String reference,
		long organisationId,
		Region region,
		long requesterAccountId,
		RequestAction action,
		RequestStatus from,
		RequestStatus to,
		long actorAccountId,
		Long leadAccountId,
		WorkKind workKind,
		Instant at) {
}
