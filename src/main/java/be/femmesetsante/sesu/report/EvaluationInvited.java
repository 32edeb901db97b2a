package be.femmesetsante.sesu.report;

/**
 * A closed request's requester is invited to evaluate the support: the notification module mails
 * them the link (in their language, as its other mails to requesters). The token is the link's
 * secret; only its hash is stored.
 */
public record EvaluationInvited(long requestId, String reference, long requesterAccountId, String token) {

	/** The evaluation page's path for this token (the mail puts the portal's address and the language before and after it). */
	public String path() {
		return "/evaluation/" + token;
	}
}
