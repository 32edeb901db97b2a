package be.femmesetsante.sesu.request;

import java.time.Instant;
import java.util.Set;

import be.femmesetsante.sesu.shared.Region;

/** A line in a list of requests: only the facts a list shows, read in one query. */
public record RequestSummary(
		long id,
		String reference,
		String title,
		long organisationId,
		Region region,
		boolean germanSpeaking,
		Set<SupportKind> kinds,
		RequestStatus status,
		WorkKind workKind,
		Long leadAccountId,
		Instant submittedAt,
		Instant updatedAt) {
}
