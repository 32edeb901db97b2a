package be.femmesetsante.sesu.request;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal the page explains. It is a {@link MessageSourceResolvable}: pass it to
 * {@code MessageSource.getMessage(ex, locale)} and its arguments (status and action names) are
 * translated too. Nothing was changed when one is thrown.
 */
public abstract class RequestException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;
	private final String field;
	private final transient Object[] arguments;

	protected RequestException(String messageKey, String field, Object... arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]"));
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The form field at fault, so the page can show the message beside it; null when none. */
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

	/** A message key as an argument, translated in the same locale as the message. */
	static MessageSourceResolvable key(String code) {
		return new DefaultMessageSourceResolvable(code);
	}
}
