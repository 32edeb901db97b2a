package be.femmesetsante.sesu.casework.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {
}
