package be.femmesetsante.sesu.request;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.shared.Anonymisation;

/**
 * Retention, the request module's part, in the retention's transaction: a request's free texts go
 * (title and description become a dash; audience, period, how they heard of us and every reason or
 * summary are emptied, and with them the search vector); its dates, region, kinds, audience tags,
 * format, team size, status, work kind, lead and redirect target stay, since reports count them.
 * The history keeps its moves and dates, not the names copied into it nor its details.
 */
@Component
class RequestRetention {

	private final JdbcClient jdbc;

	RequestRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Anonymisation.OfRequest request) {
		jdbc.sql("""
				update support_request set title = :removed, description = :removed, audience = null,
				       desired_period = null, heard_of_us = null, decline_reason = null, closing_summary = null,
				       withdraw_reason = null, version = version + 1
				where id = :id""")
			.param("id", request.requestId())
			.param("removed", Anonymisation.REMOVED)
			.update();
		jdbc.sql("update request_history set actor_display_name = :removed, detail = null where request_id = :id")
			.param("id", request.requestId())
			.param("removed", Anonymisation.REMOVED)
			.update();
	}

	@EventListener
	void on(Anonymisation.OfAccount account) {
		jdbc.sql("delete from request_draft where account_id = :id").param("id", account.accountId()).update();
		jdbc.sql("update request_history set actor_display_name = :removed where actor_account_id = :id")
			.param("id", account.accountId())
			.param("removed", Anonymisation.REMOVED)
			.update();
	}

	@EventListener
	void on(Anonymisation.StaleDrafts drafts) {
		Timestamp before = Timestamp.from(drafts.savedBefore());
		int found = drafts.dryRun()
				? jdbc.sql("select count(*) from request_draft where saved_at < :before").param("before", before)
					.query(Integer.class).single()
				: jdbc.sql("delete from request_draft where saved_at < :before").param("before", before).update();
		drafts.found().addAndGet(found);
	}
}
