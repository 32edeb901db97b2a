package be.femmesetsante.sesu.notification;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A mail that could not be sent (SMTP server away) stays an incomplete event publication in
 * PostgreSQL; this job hands it to its listener again, on one node, until it goes through.
 */
@Component
class UnsentMailRetry {

	private final IncompleteEventPublications incomplete;

	UnsentMailRetry(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "${sesu.mail.retry-every:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "unsent-mail-retry", lockAtMostFor = "PT5M")
	void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
	}

}
