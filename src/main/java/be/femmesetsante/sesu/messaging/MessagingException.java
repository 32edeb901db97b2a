package be.femmesetsante.sesu.messaging;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message or a document that was refused, with the bundle key that tells the person what to do.
 * Nothing was stored when one is thrown.
 */
public class MessagingException extends RuntimeException implements MessageSourceResolvable {

	static final String EMPTY = "messaging.error.empty";
	static final String TOO_LONG = "messaging.error.tooLong";
	static final String READ_ONLY = "messaging.error.readOnly";
	static final String FILE_MISSING = "messaging.error.fileMissing";
	static final String FILE_TOO_LARGE = "messaging.error.fileTooLarge";
	static final String FILE_TYPE = "messaging.error.fileType";
	static final String FILE_NAME = "messaging.error.fileName";

	private final String messageKey;
	private final transient Object[] arguments;

	MessagingException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
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
