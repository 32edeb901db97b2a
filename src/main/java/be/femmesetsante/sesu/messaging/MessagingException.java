package be.femmesetsante.sesu.messaging;

import be.femmesetsante.sesu.shared.Refusal;


/**
 * A message or a document that was refused, with the bundle key that tells the person what to do.
 * Nothing was stored when one is thrown. Resolved like every refusal on a request's page.
 */
public class MessagingException extends Refusal {

	static final String EMPTY = "messaging.error.empty";
	static final String ENDED = "messaging.error.ended";
	static final String TOO_MANY_FILES = "messaging.error.tooManyFiles";
	static final String TOO_LONG = "messaging.error.tooLong";
	static final String READ_ONLY = "messaging.error.readOnly";
	static final String FILE_MISSING = "messaging.error.fileMissing";
	static final String FILE_TOO_LARGE = "messaging.error.fileTooLarge";
	static final String FILE_TYPE = "messaging.error.fileType";
	static final String FILE_NAME = "messaging.error.fileName";
	static final String FILE_MACRO = "messaging.error.fileMacro";
	static final String UPLOADS_PER_HOUR = "messaging.error.uploadsPerHour";
	static final String MESSAGES_PER_HOUR = "messaging.error.messagesPerHour";
	static final String REQUEST_FULL_SIZE = "messaging.error.requestFullSize";
	static final String REQUEST_FULL_COUNT = "messaging.error.requestFullCount";

	MessagingException(String messageKey, Object... arguments) {
		super(messageKey, null, arguments);
	}

}
