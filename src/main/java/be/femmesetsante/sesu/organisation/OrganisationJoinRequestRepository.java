package be.femmesetsante.sesu.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationJoinRequestRepository extends JpaRepository<OrganisationJoinRequest, Long> {

	boolean existsByOrganisationIdAndAccountIdAndStatus(long organisationId, long accountId, String status);

	Optional<OrganisationJoinRequest> findFirstByAccountIdAndStatusOrderByRequestedAtDesc(long accountId, String status);
}
