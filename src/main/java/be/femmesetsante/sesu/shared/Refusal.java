package be.femmesetsante.sesu.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal the page explains, beside the field at fault when there is one. It is a
 * {@link MessageSourceResolvable}: pass it to {@code MessageSource.getMessage(ex, locale)} and its
 * arguments (status and action names) are translated too. Nothing was changed when one is thrown.
 * Every module's refusals extend it, so every page handles them in one way.
 */
public abstract class Refusal extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;
	private final String field;
	private final transient Object[] arguments;

	protected Refusal(String messageKey, String field, Object... arguments) {
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
	protected static MessageSourceResolvable key(String code) {
		return new DefaultMessageSourceResolvable(code);
	}
}
