package be.femmesetsante.sesu.request;

/**
 * A move the request's lifecycle refuses: not from this status, not for this role or
 * organisation, or without the data it needs (a lead, a kind of work, a reason...).
 */
public class LifecycleException extends RequestException {

	static final String TRANSITION_NOT_ALLOWED = "request.error.transition.notAllowed";
	static final String ROLE_NOT_ALLOWED = "request.error.role.notAllowed";
	static final String ORGANISATION_NOT_ALLOWED = "request.error.organisation.notAllowed";
	static final String LEAD_REQUIRED = "request.error.lead.required";
	static final String LEAD_NOT_STAFF = "request.error.lead.notStaff";
	static final String WORK_KIND_REQUIRED = "request.error.workKind.required";
	static final String REASON_REQUIRED = "request.error.reason.required";
	static final String TARGET_REQUIRED = "request.error.redirectTarget.required";
	static final String SUMMARY_REQUIRED = "request.error.summary.required";
	static final String TEXT_TOO_LONG = "request.error.text.tooLong";
	static final String REOPEN_REASON_REQUIRED = "request.error.reopenReason.required";
	static final String NOTHING_CORRECTED = "request.error.nothingCorrected";

	LifecycleException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}

	/** "This request is {status}: {action} is no longer possible." */
	static LifecycleException notFrom(RequestStatus status, RequestAction action) {
		return new LifecycleException(TRANSITION_NOT_ALLOWED, null, key(action.messageKey()), key(status.messageKey()));
	}

	static LifecycleException roleNotAllowed(RequestAction action) {
		return new LifecycleException(ROLE_NOT_ALLOWED, null, key(action.messageKey()));
	}

	static LifecycleException required(String messageKey, String field) {
		return new LifecycleException(messageKey, field);
	}
}
