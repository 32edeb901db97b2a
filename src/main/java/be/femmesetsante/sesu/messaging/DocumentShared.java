package be.femmesetsante.sesu.messaging;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * Someone added a document to a request. Like {@link MessagePosted}, it carries neither the file
 * nor its name.
 */
public record DocumentShared(long requestId, String reference, Region region, long requesterAccountId,
		long uploaderAccountId,
		boolean fromTeam, Instant at) {
}
