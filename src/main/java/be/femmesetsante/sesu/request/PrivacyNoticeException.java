package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Refusal;

/** A privacy notice version that cannot be published; nothing was published. */
public class PrivacyNoticeException extends Refusal {

	static final String TEXT_REQUIRED = "privacyAdmin.error.text.required";
	static final String TEXT_TOO_LONG = "privacyAdmin.error.text.tooLong";
	static final String PUBLISHED_MEANWHILE = "privacyAdmin.error.publishedMeanwhile";

	PrivacyNoticeException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
