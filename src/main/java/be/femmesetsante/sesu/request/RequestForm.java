package be.femmesetsante.sesu.request;

import java.util.EnumSet;
import java.util.List;

import be.femmesetsante.sesu.web.FormText;

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

	static RequestForm empty(String formToken) {
		return new RequestForm(List.of(), "", "", "", List.of(), "", null, null, "", false, formToken);
	}

	/** The same form without the control characters PostgreSQL cannot store (NUL first of all). */
	RequestForm cleaned() {
		return new RequestForm(kinds == null ? List.of() : kinds.stream().filter(k -> k != null).distinct().toList(),
				FormText.clean(title), FormText.clean(description), FormText.clean(audience),
				audienceTags == null ? List.of() : audienceTags.stream().filter(t -> t != null).distinct().toList(),
				FormText.clean(desiredPeriod), preferredFormat, teamSize, FormText.clean(heardOfUs),
				Boolean.TRUE.equals(privacyAccepted), formToken);
	}

	RequestForm withToken(String token) {
		return new RequestForm(kinds, title, description, audience, audienceTags, desiredPeriod, preferredFormat,
				teamSize, heardOfUs, privacyAccepted, token);
	}

	/** The command for the domain, with the version of the notice that was on the page. */
	SubmitRequest toSubmitRequest() {
		return new SubmitRequest(title, description, audience,
				audienceTags.stream().map(AudienceTag::name).toList(),
				kinds.isEmpty() ? EnumSet.noneOf(SupportKind.class) : EnumSet.copyOf(kinds), desiredPeriod,
				preferredFormat, teamSize, heardOfUs, Boolean.TRUE.equals(privacyAccepted) ? PrivacyNotice.VERSION : null);
	}

}
