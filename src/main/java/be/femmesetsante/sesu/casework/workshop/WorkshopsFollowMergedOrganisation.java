package be.femmesetsante.sesu.casework.workshop;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.organisation.OrganisationsMerged;

/** A merged organisation's workshop participations belong to the kept one, in the merge's transaction. */
@Component
class WorkshopsFollowMergedOrganisation {

	private final JdbcClient jdbc;

	WorkshopsFollowMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganisationsMerged merged) {
		jdbc.sql("update workshop_participation set organisation_id = :kept where organisation_id = :merged")
			.param("kept", merged.keptId())
			.param("merged", merged.mergedId())
			.update();
	}

}
