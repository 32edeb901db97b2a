package be.femmesetsante.sesu.account;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often sign-in links can be asked for, per e-mail address and per IP address, with
 * Bucket4j buckets kept in PostgreSQL so every node counts the same requests.
 */
@Component
public class SignInThrottle {

	/** The 10th request for one address within 10 minutes is refused. */
	static final int LINKS_PER_ADDRESS = 9;

	/** An organisation's colleagues may share one IP: a wider allowance, same window. */
	static final int LINKS_PER_IP = 30;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	SignInThrottle(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/** Takes one link request from both buckets; says how long to wait when either is empty. */
	public Verdict tryLinkRequest(String email, String ipAddress) {
		ConsumptionProbe byAddress = take("link:email:" + email.toLowerCase(Locale.ROOT), LINKS_PER_ADDRESS);
		if (!byAddress.isConsumed()) {
			return Verdict.refused(byAddress);
		}
		ConsumptionProbe byIp = take("link:ip:" + ipAddress, LINKS_PER_IP);
		return byIp.isConsumed() ? Verdict.ALLOWED : Verdict.refused(byIp);
	}

	private ConsumptionProbe take(String key, int capacity) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, WINDOW).build())
			.build();
		return buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
	}

	/** Buckets untouched long enough to be full again are deleted, by one node at a time. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT5M")
	void removeFullBuckets() {
		buckets.removeExpired(1000);
	}

	public record Verdict(boolean allowed, Duration retryAfter) {

		static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

		static Verdict refused(ConsumptionProbe probe) {
			return new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}

		/** Whole minutes to wait, rounded up, for the page that says when to try again. */
		public long minutesToWait() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}

	}

}
