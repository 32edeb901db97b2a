package be.femmesetsante.sesu.casework.consultation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Anonymisation;

/** Retention: a request's sessions keep their date, duration, mode and participants; notes and place go. */
@Component
class SessionsRetention {

	private final JdbcClient jdbc;

	SessionsRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Anonymisation.OfRequest request) {
		jdbc.sql("update consultation_session set notes = null, place = null where request_id = :id")
			.param("id", request.requestId())
			.update();
	}
}
