package be.femmesetsante.sesu.request;

import java.time.Instant;

import be.femmesetsante.sesu.shared.Region;

/**
 * The list projection as the database gives it (kinds still as text[]), turned into a
 * {@link RequestSummary} by the service. Public only because the JPQL constructor expression
 * instantiates it reflectively; not part of the module's API.
 */
public record SummaryRow(
		Long id,
		String reference,
		String title,
		Long organisationId,
		Region region,
		Boolean germanSpeaking,
		String[] kinds,
		RequestStatus status,
		WorkKind workKind,
		Long leadAccountId,
		Instant submittedAt,
		Instant updatedAt) {

	RequestSummary toSummary() {
		return new RequestSummary(id, reference, title, organisationId, region, germanSpeaking,
				SupportRequest.kindsOf(kinds), status, workKind, leadAccountId, submittedAt, updatedAt);
	}
}
