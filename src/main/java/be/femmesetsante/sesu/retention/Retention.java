package be.femmesetsante.sesu.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.AccountRetention;
import be.femmesetsante.sesu.audit.AuditTrail;
import be.femmesetsante.sesu.organisation.OrganisationRetention;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.shared.Anonymisation;
import be.femmesetsante.sesu.shared.Brussels;

/**
 * Retention: what is due, and the run that anonymises it.
 * <p>
 * Due: requests ended (closed, declined, redirected, withdrawn) before the cutoff (now minus the
 * period); accounts (not admins) created before it, with no request active or ended since as
 * requester or lead, and no sign-in since; organisations created before it, with no request active
 * or ended since, no member signed in since and no member account newer than it; drafts saved more
 * than 90 days ago. A subject already anonymised is never due again.
 * <p>
 * One transaction per subject: its row in {@code retention_anonymised} (the claim: a second run, or
 * a run on another node, finds it and skips), the event every module anonymises its own tables on,
 * the run's counter, and for a request its audit row. A crash leaves each subject wholly done or
 * untouched; the next run takes up what is left.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	static final Duration DRAFT_AGE = Duration.ofDays(90);

	/** How many due requests the preview lists by reference (it counts them all). */
	static final int PREVIEW_LISTED = 100;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final AccountRetention accounts;
	private final OrganisationRetention organisations;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Retention(JdbcClient jdbc, ApplicationEventPublisher events, AccountRetention accounts,
			OrganisationRetention organisations, AuditTrail audit, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public enum StartedBy {
		NIGHTLY, ADMIN
	}

	/** A request due, as the preview lists it. */
	public record DueRequest(long id, String reference, String status, Instant endedAt) {
	}

	/** What a run now would do. */
	public record Preview(int months, Instant cutoff, List<DueRequest> requests, int requestCount, List<Long> accounts,
			List<Long> organisations, int drafts) {
	}

	/** A past run, as the log shows it. */
	public record Run(long id, Instant startedAt, Instant finishedAt, StartedBy startedBy, Instant cutoff,
			int requests, int accounts, int organisations, int drafts, int failures) {
	}

	// --- the setting

	public int months() {
		return jdbc.sql("select months from retention_setting where id = 1").query(Integer.class).single();
	}

	public void changeMonths(int months, long adminAccountId) {
		if (months < 1 || months > 240) {
			throw new RetentionException("retention.period.error.range", "months");
		}
		jdbc.sql("update retention_setting set months = :months, updated_at = :at, updated_by = :admin where id = 1")
			.param("months", months)
			.param("at", Timestamp.from(clock.instant()))
			.param("admin", adminAccountId)
			.update();
	}

	Instant cutoff(Instant now, int months) {
		return now.atZone(Brussels.ZONE).minusMonths(months).toInstant();
	}

	// --- what is due

	public Preview preview() {
		Instant now = clock.instant();
		int months = months();
		Instant cutoff = cutoff(now, months);
		List<DueRequest> requests = dueRequests(cutoff);
		AtomicInteger drafts = new AtomicInteger();
		events.publishEvent(new Anonymisation.StaleDrafts(now.minus(DRAFT_AGE), true, drafts));
		return new Preview(months, cutoff, requests.subList(0, Math.min(requests.size(), PREVIEW_LISTED)),
				requests.size(), dueAccounts(cutoff), dueOrganisations(cutoff), drafts.get());
	}

	List<DueRequest> dueRequests(Instant cutoff) {
		return jdbc.sql("""
				select r.id, r.reference, r.status, r.updated_at from request_summary_view r
				where r.status not in (%s) and r.updated_at < :cutoff
				  and not exists (select 1 from retention_anonymised d where d.kind = 'REQUEST' and d.subject_id = r.id)
				order by r.updated_at, r.id""".formatted(RequestStatus.notEndedSqlList()))
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, n) -> new DueRequest(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	List<Long> dueAccounts(Instant cutoff) {
		Set<Long> kept = new HashSet<>(audit.signedInSince(cutoff));
		kept.addAll(jdbc.sql("""
				select r.requester_account_id from request_summary_view r
				where r.status in (%1$s) or r.updated_at >= :cutoff
				union
				select r.lead_account_id from request_summary_view r
				where r.lead_account_id is not null and (r.status in (%1$s) or r.updated_at >= :cutoff)
				union
				select d.subject_id from retention_anonymised d where d.kind = 'ACCOUNT'"""
			.formatted(RequestStatus.notEndedSqlList()))
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.list());
		return accounts.createdBefore(cutoff).stream().filter(id -> !kept.contains(id)).toList();
	}

	List<Long> dueOrganisations(Instant cutoff) {
		Set<Long> kept = new HashSet<>(accounts.organisationsOf(audit.signedInSince(cutoff)));
		kept.addAll(accounts.organisationsWithAccountsCreatedSince(cutoff));
		kept.addAll(jdbc.sql("""
				select r.organisation_id from request_summary_view r where r.status in (%s) or r.updated_at >= :cutoff
				union
				select d.subject_id from retention_anonymised d where d.kind = 'ORGANISATION'"""
			.formatted(RequestStatus.notEndedSqlList()))
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.list());
		return organisations.createdBefore(cutoff).stream().filter(id -> !kept.contains(id)).toList();
	}

	// --- the run

	/** Anonymises everything due now, one subject per transaction; returns the run as logged. */
	public Run run(StartedBy startedBy, Long adminAccountId) {
		Instant now = clock.instant();
		Instant cutoff = cutoff(now, months());
		long runId = jdbc.sql("""
				insert into retention_run (started_at, started_by, admin_account_id, cutoff)
				values (:at, :by, :admin, :cutoff) returning id""")
			.param("at", Timestamp.from(now))
			.param("by", startedBy.name())
			.param("admin", adminAccountId)
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.single();
		for (DueRequest request : dueRequests(cutoff)) {
			subject(runId, "REQUEST", request.id(), "requests", () -> {
				events.publishEvent(new Anonymisation.OfRequest(request.id(), request.reference()));
				audit.anonymised(request.reference());
			});
		}
		for (Long account : dueAccounts(cutoff)) {
			subject(runId, "ACCOUNT", account, "accounts", () -> {
				accounts.anonymise(account);
				events.publishEvent(new Anonymisation.OfAccount(account));
			});
		}
		for (Long organisation : dueOrganisations(cutoff)) {
			subject(runId, "ORGANISATION", organisation, "organisations",
					() -> events.publishEvent(new Anonymisation.OfOrganisation(organisation)));
		}
		try {
			transaction.executeWithoutResult(status -> {
				AtomicInteger deleted = new AtomicInteger();
				events.publishEvent(new Anonymisation.StaleDrafts(now.minus(DRAFT_AGE), false, deleted));
				jdbc.sql("update retention_run set drafts = :n where id = :id").param("n", deleted.get())
					.param("id", runId).update();
			});
		}
		catch (RuntimeException ex) {
			failed(runId, "drafts", 0, ex);
		}
		jdbc.sql("update retention_run set finished_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", runId)
			.update();
		return runs(1).get(0);
	}

	/** One subject, in one transaction: claimed, anonymised by every module, counted. */
	private void subject(long runId, String kind, long id, String counter, Runnable anonymise) {
		try {
			transaction.executeWithoutResult(status -> {
				int claimed = jdbc.sql("""
						insert into retention_anonymised (kind, subject_id, run_id, anonymised_at)
						values (:kind, :id, :run, :at) on conflict do nothing""")
					.param("kind", kind)
					.param("id", id)
					.param("run", runId)
					.param("at", Timestamp.from(clock.instant()))
					.update();
				if (claimed == 0) {
					return;
				}
				anonymise.run();
				jdbc.sql("update retention_run set " + counter + " = " + counter + " + 1 where id = :id")
					.param("id", runId)
					.update();
			});
		}
		catch (RuntimeException ex) {
			failed(runId, kind, id, ex);
		}
	}

	private void failed(long runId, String kind, long id, RuntimeException ex) {
		log.error("Retention run {}: {} {} could not be anonymised; it is left untouched for the next run", runId,
				kind, id, ex);
		jdbc.sql("update retention_run set failures = failures + 1 where id = :id").param("id", runId).update();
	}

	/** The latest runs, newest first. */
	public List<Run> runs(int limit) {
		return jdbc.sql("""
				select id, started_at, finished_at, started_by, cutoff, requests, accounts, organisations, drafts, failures
				from retention_run order by started_at desc, id desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
					StartedBy.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7),
					rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.list();
	}

}
