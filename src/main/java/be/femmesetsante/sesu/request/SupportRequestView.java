package be.femmesetsante.sesu.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import be.femmesetsante.sesu.shared.Region;

/**
 * A read-only copy of a request. {@code version} goes back with the next move as the expected
 * version, so a change made meanwhile by someone else is noticed instead of overwritten.
 */
public record SupportRequestView(
		long id,
		long version,
		String reference,
		long organisationId,
		Region region,
		boolean germanSpeaking,
		long requesterAccountId,
		String title,
		String description,
		String audience,
		List<String> audienceTags,
		Set<SupportKind> kinds,
		String desiredPeriod,
		PreferredFormat preferredFormat,
		Integer teamSize,
		String heardOfUs,
		String privacyNoticeVersion,
		RequestStatus status,
		WorkKind workKind,
		Long leadAccountId,
		String declineReason,
		String redirectTarget,
		String redirectTargetCode,
		String closingSummary,
		String withdrawReason,
		Instant submittedAt,
		Instant updatedAt) {
}
