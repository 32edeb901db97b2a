package be.femmesetsante.sesu.request;

import java.time.Instant;

/** A line of a request's history, for the page. {@code from} is null for the submission. */
public record HistoryEntryView(
		Instant at,
		long actorAccountId,
		String actorDisplayName,
		RequestStatus from,
		RequestStatus to,
		RequestAction action,
		Long leadAccountId,
		WorkKind workKind,
		String detail) {
}
