package be.femmesetsante.sesu.casework.followup;

import be.femmesetsante.sesu.request.RequestException;

/**
 * A casework entry refused: a missing or wrong field, or a request not in a state that allows it.
 * Like every {@link RequestException}, resolved from the bundles (its arguments too); nothing was
 * saved when one is thrown.
 */
public class CaseworkException extends RequestException {

	public CaseworkException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
