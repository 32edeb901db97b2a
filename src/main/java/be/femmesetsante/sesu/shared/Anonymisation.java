package be.femmesetsante.sesu.shared;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What retention asks of every module that holds personal data. The retention module publishes
 * these events, one subject per transaction; each module listens synchronously (a plain
 * {@code @EventListener}, in that same transaction) and empties or replaces the personal columns of
 * ITS OWN tables, keeping what reports count. A failure anywhere rolls the whole subject back.
 */
public final class Anonymisation {

	/** Placeholder for a text that may not be empty. */
	public static final String REMOVED = "—";

	private Anonymisation() {
	}

	/** A request ended longer ago than the retention period. */
	public record OfRequest(long requestId, String reference) {
	}

	/** An account with no active request and no sign-in for the retention period. */
	public record OfAccount(long accountId) {
	}

	/** An organisation with no active request and no member signed in for the retention period. */
	public record OfOrganisation(long organisationId) {
	}

	/**
	 * Drafts never submitted, saved before {@code savedBefore}: deleted (or only counted, for the
	 * preview, when {@code dryRun}); listeners add what they found to {@code found}.
	 */
	public record StaleDrafts(Instant savedBefore, boolean dryRun, AtomicInteger found) {
	}
}
