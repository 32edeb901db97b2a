package be.femmesetsante.sesu.casework.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import be.femmesetsante.sesu.shared.Region;

/**
 * A request gathered in a workshop, with how many of its organisation's people took part. Its
 * reference, organisation and region are copied from the request (they never change), so the
 * workshop's queries are scoped without reading the request module's tables.
 */
@Embeddable
record Participation(
		@Column(name = "request_id", nullable = false) long requestId,
		@Column(nullable = false, length = 20) String reference,
		@Column(name = "organisation_id", nullable = false) long organisationId,
		@Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) Region region,
		@Column(nullable = false) int participants) {

	Participation withParticipants(int count) {
		return new Participation(requestId, reference, organisationId, region, count);
	}
}
