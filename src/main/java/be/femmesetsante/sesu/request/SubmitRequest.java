package be.femmesetsante.sesu.request;

import java.util.List;
import java.util.Set;

/**
 * What a professional asks for. The organisation is the submitting professional's own; its
 * region is copied onto the request at submission.
 *
 * @param audienceTags short words for the people the work is about (young people, migrants...),
 *        kept as a list so reports can count them
 * @param teamSize how many people in the team would take part; optional
 * @param privacyNoticeVersion the version of the privacy notice shown and accepted with the form
 */
public record SubmitRequest(
		String title,
		String description,
		String audience,
		List<String> audienceTags,
		Set<SupportKind> kinds,
		String desiredPeriod,
		PreferredFormat preferredFormat,
		Integer teamSize,
		String heardOfUs,
		String privacyNoticeVersion) {
}
