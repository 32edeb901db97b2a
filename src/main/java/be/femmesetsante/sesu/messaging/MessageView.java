package be.femmesetsante.sesu.messaging;

import java.time.Instant;

/** A message as pages and the data export show it. */
public record MessageView(long id, long authorAccountId, String authorDisplayName, boolean fromTeam, String body,
		Instant postedAt) {
}
