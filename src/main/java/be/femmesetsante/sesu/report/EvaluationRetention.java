package be.femmesetsante.sesu.report;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Anonymisation;

/**
 * Retention: a request's evaluation keeps its answers to the closed questions (the report counts
 * them) and loses its free comment, the only thing in it a person wrote.
 */
@Component
class EvaluationRetention {

	private final JdbcClient jdbc;

	EvaluationRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Anonymisation.OfRequest request) {
		jdbc.sql("update request_evaluation set comment = null where request_id = :id")
			.param("id", request.requestId())
			.update();
	}
}
