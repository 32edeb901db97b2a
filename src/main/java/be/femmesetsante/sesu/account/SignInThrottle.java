package be.femmesetsante.sesu.account;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often sign-in links can be asked for, and how many wrong passwords can be tried, per
 * e-mail address and per IP address, with Bucket4j buckets kept in PostgreSQL so every node counts
 * the same requests.
 */
@Component
public class SignInThrottle {

	/** The 10th request for one address within 10 minutes is refused. */
	static final int LINKS_PER_ADDRESS = 9;

	/** An organisation's colleagues may share one IP: a wider allowance, same window. */
	static final int LINKS_PER_IP = 30;

	static final Duration WINDOW = Duration.ofMinutes(10);

	/** Ten wrong passwords for one address within 15 minutes: the next try is refused, right or wrong. */
	static final int PASSWORD_FAILURES_PER_ADDRESS = 10;

	/** A team behind one IP address may mistype more; an attacker trying many addresses may not. */
	static final int PASSWORD_FAILURES_PER_IP = 50;

	static final Duration PASSWORD_WINDOW = Duration.ofMinutes(15);

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

	/**
	 * Whether a password may be tried now for this address from this IP address. Asks without taking:
	 * only failures are counted ({@link #recordPasswordFailure}), so a successful sign-in costs nothing.
	 */
	public Verdict mayTryPassword(String email, String ipAddress) {
		for (String key : passwordKeys(email, ipAddress)) {
			EstimationProbe probe = bucket(key, capacityOf(key), PASSWORD_WINDOW).estimateAbilityToConsume(1);
			if (!probe.canBeConsumed()) {
				return new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}
		return Verdict.ALLOWED;
	}

	/** Counts a wrong password against the address and the IP address. */
	public void recordPasswordFailure(String email, String ipAddress) {
		for (String key : passwordKeys(email, ipAddress)) {
			bucket(key, capacityOf(key), PASSWORD_WINDOW).tryConsume(1);
		}
	}

	private static String[] passwordKeys(String email, String ipAddress) {
		return new String[] { "password:email:" + String.valueOf(email).strip().toLowerCase(Locale.ROOT),
				"password:ip:" + ipAddress };
	}

	private static int capacityOf(String passwordKey) {
		return passwordKey.startsWith("password:email:") ? PASSWORD_FAILURES_PER_ADDRESS : PASSWORD_FAILURES_PER_IP;
	}

	private ConsumptionProbe take(String key, int capacity) {
		return bucket(key, capacity, WINDOW).tryConsumeAndReturnRemaining(1);
	}

	private BucketProxy bucket(String key, int capacity, Duration window) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build();
		return buckets.getProxy(key, () -> configuration);
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
