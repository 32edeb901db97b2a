package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Region;

import java.time.Instant;

/**
 * A read-only copy of an organisation for other modules and pages. {@code version} is the one an
 * edit of this copy must send back to {@link Organisations#update}.
 */
public record OrganisationView(
		long id,
		String name,
		Sector sector,
		String sectorOther,
		String street,
		String postalCode,
		String municipality,
		Region region,
		boolean germanSpeaking,
		EnterpriseNumber enterpriseNumber,
		String website,
		String contactName,
		String contactPronouns,
		Instant createdAt,
		long version) {
}
