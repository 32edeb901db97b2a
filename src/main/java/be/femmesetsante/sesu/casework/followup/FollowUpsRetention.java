package be.femmesetsante.sesu.casework.followup;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Anonymisation;

/**
 * Retention: a request's contacts keep their date and channel, its next actions their dates, its
 * time entries everything (minutes and activity are counted); summaries and what actions said go.
 */
@Component
class FollowUpsRetention {

	private final JdbcClient jdbc;

	FollowUpsRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Anonymisation.OfRequest request) {
		jdbc.sql("update followup_contact set summary = null where request_id = :id")
			.param("id", request.requestId())
			.update();
		// Corrections keep who corrected what kind of entry, and when; never what the entries said.
		jdbc.sql("""
				update casework_correction set actor_display_name = :removed, before_facts = null, after_facts = null
				where request_id = :id""")
			.param("id", request.requestId())
			.param("removed", Anonymisation.REMOVED)
			.update();
		jdbc.sql("update next_action set what = :removed where request_id = :id")
			.param("id", request.requestId())
			.param("removed", Anonymisation.REMOVED)
			.update();
	}
}
