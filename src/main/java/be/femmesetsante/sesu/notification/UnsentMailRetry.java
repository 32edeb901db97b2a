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

	/** How old a publication must be before it is resubmitted: longer than a mail's first try can take. */
	static final Duration IN_FLIGHT = Duration.ofMinutes(1);

	private final Duration inFlight;

	UnsentMailRetry(IncompleteEventPublications incomplete,
			@org.springframework.beans.factory.annotation.Value("${sesu.mail.in-flight:PT1M}") Duration inFlight) {
		this.incomplete = incomplete;
		this.inFlight = inFlight;
	}

	/**
	 * Only publications older than {@link #IN_FLIGHT}: a younger one may still be on its first try
	 * (a mail waits up to 15 s for the SMTP server, see the timeouts in application.properties), and
	 * resubmitting it would send it twice. {@code lockAtLeastFor}: a node whose clock runs a little
	 * ahead, or that finishes fast, does not let another node run the same schedule again.
	 */
	@Scheduled(fixedDelayString = "${sesu.mail.retry-every:PT1M}", initialDelayString = "${sesu.mail.retry-first:PT1M}")
	@SchedulerLock(name = "unsent-mail-retry", lockAtMostFor = "PT5M", lockAtLeastFor = "${sesu.mail.retry-lock-at-least:PT30S}")
	void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(inFlight);
	}

}
