package be.femmesetsante.sesu.request;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import be.femmesetsante.sesu.shared.FormText;

/**
 * What the request form sends, and what a draft keeps. {@code formToken} is the one-time token of
 * the page the form came from: the first submission with it creates the request, later ones find
 * it (a double click, a resubmitted page).
 */
record RequestForm(
		List<SupportKind> kinds,
		String title,
		String description,
		String audience,
		List<AudienceTag> audienceTags,
		String desiredPeriod,
		PreferredFormat preferredFormat,
		Integer teamSize,
		String heardOfUs,
		Boolean privacyAccepted,
		String formToken) {

	/**
	 * Bound as typed, minus the control characters PostgreSQL cannot store (NUL first of all);
	 * unticked groups are empty lists, and a missing or forged token is replaced by a fresh one.
	 */
	RequestForm {
		kinds = kinds == null ? List.of() : kinds.stream().filter(Objects::nonNull).distinct().toList();
		title = FormText.clean(title);
		description = FormText.clean(description);
		audience = FormText.clean(audience);
		audienceTags = audienceTags == null ? List.of()
				: audienceTags.stream().filter(Objects::nonNull).distinct().toList();
		desiredPeriod = FormText.clean(desiredPeriod);
		heardOfUs = FormText.clean(heardOfUs);
		privacyAccepted = Boolean.TRUE.equals(privacyAccepted);
		formToken = validToken(formToken);
	}

	static RequestForm empty(String formToken) {
		return new RequestForm(List.of(), "", "", "", List.of(), "", null, null, "", false, formToken);
	}

	UUID token() {
		return UUID.fromString(formToken);
	}

	private static String validToken(String typed) {
		try {
			return UUID.fromString(typed.strip()).toString();
		}
		catch (RuntimeException ex) {
			return UUID.randomUUID().toString();
		}
	}

	/** The command for the domain, with the version of the notice that was on the page. */
	SubmitRequest toSubmitRequest() {
		return toSubmitRequest(PrivacyNotice.VERSION);
	}

	/** The command for the domain, under this version of the privacy notice (the one on the page). */
	SubmitRequest toSubmitRequest(String privacyNoticeVersion) {
		return new SubmitRequest(title, description, audience,
				audienceTags.stream().map(AudienceTag::name).toList(),
				new java.util.TreeSet<>(kinds), desiredPeriod,
				preferredFormat, teamSize, heardOfUs, Boolean.TRUE.equals(privacyAccepted) ? privacyNoticeVersion : null);
	}

}
