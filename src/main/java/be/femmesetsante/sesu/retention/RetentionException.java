package be.femmesetsante.sesu.retention;

import be.femmesetsante.sesu.shared.Refusal;

/** A retention setting refused (a period out of range). Nothing changed. */
public class RetentionException extends Refusal {

	public RetentionException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
