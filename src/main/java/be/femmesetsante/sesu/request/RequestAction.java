package be.femmesetsante.sesu.request;

/**
 * What happened to a request, as kept in its history. {@link #messageKey()} names the action
 * ("Accepter"), {@link #historyKey()} tells it in the history ("Demande acceptée").
 */
public enum RequestAction {
	SUBMITTED,
	LEAD_ASSIGNED,
	ACCEPTED,
	STARTED,
	CLOSED,
	DECLINED,
	REDIRECTED,
	WITHDRAWN,
	/** A closed request taken up again by the team, with a reason. */
	REOPENED,
	/** The requester corrected what they sent, before the team started work (status unchanged). */
	CORRECTED;

	public String messageKey() {
		return "request.action." + name();
	}

	public String historyKey() {
		return "request.history." + name();
	}
}
