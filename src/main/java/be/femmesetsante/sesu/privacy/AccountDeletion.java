package be.femmesetsante.sesu.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.RequestStatusChanged;

/**
 * A professional asks to delete their account: done at once when none of their requests is active
 * (submitted and not ended); otherwise noted, and done when their last active request ends.
 */
@Service
public class AccountDeletion {

	/** What happened to the ask, for the page that tells the person. */
	public enum Outcome {
		DELETED, WHEN_LAST_REQUEST_ENDS
	}

	private final Accounts accounts;

	private final JdbcClient jdbc;

	AccountDeletion(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Transactional
	public Outcome ask(long accountId) {
		if (activeRequests(accountId) == 0) {
			accounts.delete(accountId, false);
			return Outcome.DELETED;
		}
		accounts.askForDeletion(accountId);
		return Outcome.WHEN_LAST_REQUEST_ENDS;
	}

	/** A request ended: if its requester waits to be deleted and it was their last one, now. */
	@ApplicationModuleListener
	void on(RequestStatusChanged changed) {
		if (changed.to().isEnded() && accounts.deletionRequested(changed.requesterAccountId())
				&& activeRequests(changed.requesterAccountId()) == 0) {
			accounts.delete(changed.requesterAccountId(), true);
		}
	}

	/** The person's requests submitted and not ended, from the request module's published view. */
	long activeRequests(long accountId) {
		return jdbc.sql("select count(*) from request_summary_view where requester_account_id = ? and status in ("
				+ RequestStatus.notEndedSqlList() + ")")
			.param(accountId)
			.query(Long.class)
			.single();
	}

}
