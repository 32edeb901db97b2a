package be.femmesetsante.sesu.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.shared.Anonymisation;

/**
 * Retention, the organisation module's part: organisations old enough to be considered, and the
 * anonymisation of its own table. The name, street, website, enterprise number and contact person
 * go; the sector, postal code, municipality and region stay (reports count requests by them).
 */
@Component
public class OrganisationRetention {

	private final JdbcClient jdbc;

	OrganisationRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Long> createdBefore(Instant cutoff) {
		return jdbc.sql("select id from organisation where created_at < :cutoff order by id")
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.list();
	}

	@EventListener
	void on(Anonymisation.OfOrganisation organisation) {
		jdbc.sql("""
				update organisation set name = :removed, street = :removed, website = null, enterprise_number = null,
				       contact_name = :removed, contact_pronouns = null, version = version + 1
				where id = :id""")
			.param("id", organisation.organisationId())
			.param("removed", Anonymisation.REMOVED)
			.update();
		// A wrong number V19 set aside is the organisation's number all the same.
		jdbc.sql("delete from organisation_enterprise_number_set_aside where organisation_id = :id")
			.param("id", organisation.organisationId())
			.update();
	}
}
