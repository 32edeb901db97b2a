package be.femmesetsante.sesu.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByEnterpriseNumber(String digits);

	boolean existsByEnterpriseNumberAndIdNot(String digits, Long id);

	boolean existsByEnterpriseNumber(String digits);

	/** Names are compared without case or surrounding spaces, as people retype them. */
	@Query("select o from Organisation o where lower(trim(o.name)) = lower(trim(:name)) order by o.id")
	java.util.List<Organisation> findByNameIgnoringCase(String name);
}
