package be.femmesetsante.sesu.request;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import be.femmesetsante.sesu.shared.Region;

/**
 * Region and organisation scoping live in these queries: a request outside someone's scope is
 * simply not found.
 */
interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

	String SUMMARY = "select new be.femmesetsante.sesu.request.SummaryRow(r.id, r.reference, r.title,"
			+ " r.organisationId, r.region, r.germanSpeaking, r.kinds, r.status, r.workKind, r.leadAccountId,"
			+ " r.submittedAt, r.updatedAt) from SupportRequest r";

	Optional<SupportRequest> findByIdAndOrganisationId(Long id, long organisationId);

	Optional<SupportRequest> findByIdAndRegion(Long id, Region region);

	Optional<SupportRequest> findByReference(String reference);

	@Query(value = SUMMARY + " order by r.submittedAt desc, r.id desc",
			countQuery = "select count(r) from SupportRequest r")
	Page<SummaryRow> findSummaries(Pageable pageable);

	@Query(value = SUMMARY + " where r.organisationId = :organisationId order by r.submittedAt desc, r.id desc",
			countQuery = "select count(r) from SupportRequest r where r.organisationId = :organisationId")
	Page<SummaryRow> findSummariesByOrganisation(long organisationId, Pageable pageable);

	@Query(value = SUMMARY + " where r.region = :region order by r.submittedAt desc, r.id desc",
			countQuery = "select count(r) from SupportRequest r where r.region = :region")
	Page<SummaryRow> findSummariesByRegion(Region region, Pageable pageable);
}
