package be.femmesetsante.sesu.request;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request form completely, before the domain sees it, so the page can list every problem
 * at once (the domain stops at the first). Pure: no Spring, no database.
 */
final class RequestFormCheck {

	/** A problem with one field: a message key and its arguments. */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	private RequestFormCheck() {
	}

	/** Everything a submission needs. */
	static List<Problem> forSubmission(RequestForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.kinds() == null || form.kinds().isEmpty()) {
			problems.add(new Problem("kinds", InvalidRequestException.KINDS_REQUIRED));
		}
		required(problems, "title", form.title(), InvalidRequestException.TITLE_REQUIRED);
		required(problems, "description", form.description(), InvalidRequestException.DESCRIPTION_REQUIRED);
		problems.addAll(forDraft(form));
		if (!Boolean.TRUE.equals(form.privacyAccepted())) {
			problems.add(new Problem("privacyAccepted", InvalidRequestException.PRIVACY_NOTICE_REQUIRED));
		}
		return problems;
	}

	/** What a draft must respect to be kept: no text longer than the request could hold. */
	static List<Problem> forDraft(RequestForm form) {
		List<Problem> problems = new ArrayList<>();
		optional(problems, "title", form.title(), SupportRequest.TITLE_MAX);
		optional(problems, "description", form.description(), SupportRequest.LONG_TEXT_MAX);
		optional(problems, "audience", form.audience(), SupportRequest.LONG_TEXT_MAX);
		optional(problems, "desiredPeriod", form.desiredPeriod(), SupportRequest.SHORT_TEXT_MAX);
		optional(problems, "heardOfUs", form.heardOfUs(), SupportRequest.SHORT_TEXT_MAX);
		if (form.teamSize() != null && (form.teamSize() < 1 || form.teamSize() > SupportRequest.TEAM_SIZE_MAX)) {
			problems.add(new Problem("teamSize", InvalidRequestException.TEAM_SIZE_INVALID));
		}
		return problems;
	}

	private static void required(List<Problem> problems, String field, String value, String missingKey) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, missingKey));
		}
	}

	private static void optional(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(tooLong(field, max));
		}
	}

	private static Problem tooLong(String field, int max) {
		return new Problem(field, InvalidRequestException.TOO_LONG, max);
	}

}
