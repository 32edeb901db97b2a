package be.femmesetsante.sesu.casework.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.request.RequestStatus;

/**
 * Every working morning, one digest per staff member with next actions overdue or due today, and
 * nothing for the others. ShedLock keeps it to one node; the mails leave from the events, after
 * commit, and are retried if the mail server is away.
 */
@Component
public class DailyDigest {


	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DailyDigest(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(cron = "${sesu.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/Brussels")
	// lockAtLeastFor: a node whose clock is a few seconds behind finds the lock still held, not free.
	@SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "${sesu.digest.lock-at-least:PT5M}")
	public void sendDigests() {
		send(Brussels.today(clock));
	}

	/** Publishes one digest per staff member with something due on {@code today}; returns how many. */
	public int send(LocalDate today) {
		Integer sent = transaction.execute(status -> {
			Set<Long> staff = accounts.listStaff().stream().map(PortalUser::accountId).collect(Collectors.toSet());
			List<DailyDigestDue> due = jdbc.sql("""
					select a.assignee_account_id,
					       count(*) filter (where a.due_date < :today),
					       count(*) filter (where a.due_date = :today),
					       string_agg(distinct r.reference, ',' order by r.reference)
					from next_action a join request_summary_view r on r.id = a.request_id
					where not a.done and a.due_date <= :today
					  and r.status in (%s)
					group by a.assignee_account_id order by a.assignee_account_id""".formatted(RequestStatus.notEndedSqlList()))
				.param("today", today)
				.query((rs, n) -> new DailyDigestDue(rs.getLong(1), today, rs.getInt(2), rs.getInt(3),
						Arrays.asList(rs.getString(4).split(","))))
				.list()
				.stream()
				.filter(d -> staff.contains(d.accountId()))
				.toList();
			due.forEach(events::publishEvent);
			return due.size();
		});
		return sent == null ? 0 : sent;
	}
}
