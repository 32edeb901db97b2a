package be.femmesetsante.sesu.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RedirectTargetRepository extends Repository<RedirectTarget, Long> {

	List<RedirectTarget> findByActiveTrueOrderByPositionAscNameAsc();

	Optional<RedirectTarget> findByIdAndActiveTrue(Long id);
}
