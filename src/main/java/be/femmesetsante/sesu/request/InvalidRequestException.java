package be.femmesetsante.sesu.request;

/** A submission missing what the team needs to read it; {@link #field()} says where. */
public class InvalidRequestException extends RequestException {

	static final String TITLE_REQUIRED = "request.error.title.required";
	static final String DESCRIPTION_REQUIRED = "request.error.description.required";
	static final String KIND_NOT_OFFERED = "reference.error.notOffered";
	static final String KINDS_REQUIRED = "request.error.kinds.required";
	static final String PRIVACY_NOTICE_REQUIRED = "request.error.privacyNotice.required";
	static final String TEAM_SIZE_INVALID = "request.error.teamSize.invalid";
	static final String TOO_LONG = "request.error.text.tooLong";
	static final String TOO_MANY_TAGS = "request.error.audienceTags.tooMany";
	static final String ORGANISATION_REQUIRED = "request.error.organisation.required";
	static final String ONLY_PROFESSIONALS = "request.error.submit.notAllowed";

	InvalidRequestException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
