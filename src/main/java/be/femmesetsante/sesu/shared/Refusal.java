package be.femmesetsante.sesu.shared;

import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

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

	/**
	 * Puts this refusal on a form's errors, so the page shows it where the form shows its own: beside
	 * the field it names ({@code formFields} maps the refusal's field name to the form's, where they
	 * differ), or for the whole form when it names none the form has.
	 */
	public void rejectOn(Errors errors, Map<String, String> formFields) {
		String property = field == null ? null : formFields.getOrDefault(field, field);
		if (property != null && errors.getFieldType(property) != null) {
			errors.rejectValue(property, messageKey, getArguments(), null);
		}
		else {
			errors.reject(messageKey, getArguments(), null);
		}
	}

	/** A message key as an argument, translated in the same locale as the message. */
	protected static MessageSourceResolvable key(String code) {
		return new DefaultMessageSourceResolvable(code);
	}
}
