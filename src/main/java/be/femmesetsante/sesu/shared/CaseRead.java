package be.femmesetsante.sesu.shared;

/**
 * Someone read a request: its page, a document of it, or an export that contains it. Published by
 * the request module's door ({@code SupportRequests}), the one place where reads of a request go
 * through, and recorded synchronously by the audit trail in the reader's transaction.
 *
 * @param detail what was read beyond the request itself (a document's id), never its content; may be null
 */
public record CaseRead(long actorAccountId, String reference, Access access, String detail) {

	/** What kind of read. */
	public enum Access {
		/** The request's page (the professional's, or the team's casework page). */
		PAGE,
		/** A document shared on the request, downloaded. */
		DOCUMENT,
		/** An export or report that contains the request ("Mes données"). */
		EXPORT
	}
}
