package be.femmesetsante.sesu.casework.workshop;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

	/** The workshop holding a request, if any (a request joins at most one). */
	@Query("select w from Workshop w join w.participations p where p.requestId = :requestId")
	Optional<Workshop> findHolding(long requestId);
}
