package be.femmesetsante.sesu.request;

/** Someone changed the request since the page was shown; the page reloads it and keeps the typed text. */
public class ConcurrentChangeException extends RequestException {

	public ConcurrentChangeException() {
		super("request.error.concurrentChange", null);
	}
}
