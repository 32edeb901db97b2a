package be.femmesetsante.sesu.casework.followup;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NextActionRepository extends JpaRepository<NextAction, Long> {

	Optional<NextAction> findByIdAndRequestId(long id, long requestId);

	/** A request ended: its open actions are closed with it, in one statement. */
	@Modifying
	@Query("update NextAction a set a.done = true, a.doneAt = :at, a.endedWithRequest = true, a.version = a.version + 1"
			+ " where a.requestId = :requestId and a.done = false")
	int closeOpenOf(long requestId, Instant at);
}
