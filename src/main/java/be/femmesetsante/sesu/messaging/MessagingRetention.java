package be.femmesetsante.sesu.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Anonymisation;

/**
 * Retention, the messaging module's part, in the retention's transaction: a request's documents are
 * deleted (content and all), its messages keep their date and side but lose their text and the
 * author's copied name. An anonymised account's name copied into other threads goes too.
 */
@Component
class MessagingRetention {

	private final JdbcClient jdbc;

	MessagingRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Anonymisation.OfRequest request) {
		jdbc.sql("update request_message set body = :removed, author_display_name = :removed where request_id = :id")
			.param("id", request.requestId())
			.param("removed", Anonymisation.REMOVED)
			.update();
		// document_content goes with its document (on delete cascade).
		jdbc.sql("delete from request_document where request_id = :id").param("id", request.requestId()).update();
	}

	@EventListener
	void on(Anonymisation.OfAccount account) {
		jdbc.sql("update request_message set author_display_name = :removed where author_account_id = :id")
			.param("id", account.accountId())
			.param("removed", Anonymisation.REMOVED)
			.update();
		jdbc.sql("update request_document set uploader_display_name = :removed where uploader_account_id = :id")
			.param("id", account.accountId())
			.param("removed", Anonymisation.REMOVED)
			.update();
	}
}
