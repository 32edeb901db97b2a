package be.femmesetsante.sesu.request;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.organisation.OrganisationsMerged;

/**
 * An organisation registered twice was merged: its requests belong to the kept one, in the merge's
 * own transaction (a plain listener), so no request is left behind. Their history is untouched.
 */
@Component
class RequestsFollowMergedOrganisation {

	private final JdbcClient jdbc;

	RequestsFollowMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganisationsMerged merged) {
		jdbc.sql("update support_request set organisation_id = :kept where organisation_id = :merged")
			.param("kept", merged.keptId())
			.param("merged", merged.mergedId())
			.update();
	}

}
