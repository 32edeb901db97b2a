package be.femmesetsante.sesu.casework.followup;

import be.femmesetsante.sesu.shared.Refusal;

/**
 * A casework entry refused: a missing or wrong field, or a request not in a state that allows it.
 * Like every {@link Refusal}, resolved from the bundles (its arguments too); nothing was
 * saved when one is thrown.
 */
public class CaseworkException extends Refusal {

	public CaseworkException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
