package be.femmesetsante.sesu.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {
}
