package be.femmesetsante.sesu.request;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * A professional submitted a request. Published in the submitting transaction; listeners
 * ({@code @ApplicationModuleListener}) run after commit. Carries no free text: events are stored
 * in the publication registry, and personal text must stay in the few columns retention blanks.
 */
public record RequestSubmitted(
		long requestId,
		String reference,
		long organisationId,
		Region region,
		boolean germanSpeaking,
		long requesterAccountId,
		Instant submittedAt) {
}
