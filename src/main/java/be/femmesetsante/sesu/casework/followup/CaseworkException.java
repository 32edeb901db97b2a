package be.femmesetsante.sesu.casework.followup;

import org.springframework.context.MessageSourceResolvable;

/**
 * A casework entry refused: a missing or wrong field, or a request not in a state that allows it.
 * Resolved from the bundles (its arguments too); nothing was saved when one is thrown.
 */
public class CaseworkException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public CaseworkException(String messageKey, String field, Object... arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]"));
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The form field at fault, or null. */
	public String field() {
		return field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}
}
