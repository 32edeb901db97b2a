package be.femmesetsante.sesu.request;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * Another lead took over a request already in review or in work; its status did not change
 * (so this is not a {@link RequestStatusChanged}). The first lead comes with the status change
 * NEW → IN_REVIEW.
 */
public record LeadReassigned(
		long requestId,
		String reference,
		Region region,
		RequestStatus status,
		Long previousLeadAccountId,
		long leadAccountId,
		long actorAccountId,
		Instant at) {
}
