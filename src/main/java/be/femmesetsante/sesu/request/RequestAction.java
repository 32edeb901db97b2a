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
	WITHDRAWN;

	public String messageKey() {
		return "request.action." + name();
	}

	public String historyKey() {
		return "request.history." + name();
	}
}
