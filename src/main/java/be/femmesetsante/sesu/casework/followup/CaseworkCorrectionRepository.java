package be.femmesetsante.sesu.casework.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseworkCorrectionRepository extends JpaRepository<CaseworkCorrection, Long> {
}
