package be.femmesetsante.sesu.casework.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationSessionRepository extends JpaRepository<ConsultationSession, Long> {
}
