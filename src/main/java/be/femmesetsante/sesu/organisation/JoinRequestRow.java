package be.femmesetsante.sesu.organisation;

import java.time.Instant;

/** A pending ask to join, as the team's page lists it. */
public record JoinRequestRow(long id, long accountId, String professionalName, String professionalEmail,
		long organisationId, String organisationName, String postalCode, String municipality, Instant requestedAt) {

	public java.time.LocalDate requestedOn() {
		return requestedAt.atZone(be.femmesetsante.sesu.shared.Brussels.ZONE).toLocalDate();
	}

}
