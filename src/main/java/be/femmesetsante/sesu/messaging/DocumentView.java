package be.femmesetsante.sesu.messaging;

import java.time.Instant;

/** A document's description, without its bytes. {@code contentType} is the one sniffed at upload. */
public record DocumentView(long id, long uploaderAccountId, String uploaderDisplayName, boolean fromTeam,
		String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
}
