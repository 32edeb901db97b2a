package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.account.ActivityLimits;

import be.femmesetsante.sesu.shared.Actor;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's side of submitting: the one-time form token that makes a submission
 * idempotent, and the draft. The request itself is created by {@link SupportRequests#submit}.
 */
@Service
class RequestIntake {

	private final SupportRequests requests;
	private final RequestDraftRepository drafts;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ActivityLimits limits;

	RequestIntake(SupportRequests requests, RequestDraftRepository drafts, JdbcClient jdbc,
			ObjectProvider<Clock> clock, ActivityLimits limits) {
		this.limits = limits;
		this.requests = requests;
		this.drafts = drafts;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Submits the request once per form token. The token row is inserted first: a second POST with
	 * the same token waits on the first one's row, then finds its reference instead of submitting
	 * again. When the submission is refused, the whole transaction (token included) rolls back.
	 *
	 * @return the request's reference, new or the one the token already made
	 * @throws InvalidRequestException when the domain refuses the request
	 */
	@Transactional
	public String submitOnce(Actor actor, UUID token, SubmitRequest details) {
		int inserted = jdbc.sql("""
				insert into request_submission (token, account_id, created_at) values (:token, :account, :now)
				on conflict (token) do nothing""")
			.param("token", token)
			.param("account", actor.accountId())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			// The first POST has committed (the insert waited for it): its reference, or, for a token
			// of another account (forged), a submission of its own under a fresh token.
			Optional<String> reference = referenceFor(actor, token);
			return reference.isPresent() ? reference.get() : submitOnce(actor, UUID.randomUUID(), details);
		}
		// A new submission (not a repeat of this token's): counted against the person's daily allowance.
		limits.take(ActivityLimits.Activity.SUBMISSION, actor.accountId());
		String reference = requests.submit(actor, details);
		jdbc.sql("update request_submission set reference = :reference where token = :token")
			.param("reference", reference)
			.param("token", token)
			.update();
		drafts.deleteById(actor.accountId());
		return reference;
	}

	/** The reference a form token already made for this account, if any. */
	@Transactional(readOnly = true)
	public Optional<String> referenceFor(Actor actor, UUID token) {
		return jdbc.sql("select reference from request_submission where token = :token and account_id = :account"
				+ " and reference is not null")
			.param("token", token)
			.param("account", actor.accountId())
			.query(String.class)
			.optional();
	}

	@Transactional
	public void saveDraft(long accountId, RequestForm form) {
		RequestDraft draft = drafts.findById(accountId).orElseGet(() -> new RequestDraft(accountId));
		draft.keep(form, clock.instant());
		drafts.save(draft);
	}

	@Transactional(readOnly = true)
	public Optional<RequestDraft> findDraft(long accountId) {
		return drafts.findById(accountId);
	}

}
