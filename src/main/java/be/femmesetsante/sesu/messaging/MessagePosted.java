package be.femmesetsante.sesu.messaging;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * Someone wrote on a request's thread. Carries no content: the notice sent from it only says that
 * there is something new to read on the portal, and events are kept in the publication registry.
 *
 * @param requesterAccountId who sent the request: told when the team writes
 * @param fromTeam true when staff wrote (notify the organisation), false when the organisation did
 *        (notify the team of the region)
 */
public record MessagePosted(long requestId, String reference, Region region, long requesterAccountId,
		long authorAccountId, boolean fromTeam,
		Instant at) {
}
