package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Refusal;

/** A move or a submission of a request refused by its rules; the page explains it. */
public abstract class RequestException extends Refusal {

	protected RequestException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
