package be.femmesetsante.sesu.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, once across all nodes (ShedLock): anonymises what is due. */
@Component
class RetentionJob {

	private final Retention retention;

	RetentionJob(Retention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${sesu.retention.cron:0 30 2 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
	void nightly() {
		retention.run(Retention.StartedBy.NIGHTLY, null);
	}
}
