package be.femmesetsante.sesu.account;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How much one person may do in a while: documents and messages per hour, requests submitted per
 * day. Bucket4j buckets in PostgreSQL (the sign-in throttle's table, keys {@code activity:...}), so
 * every node counts the same actions. A person over a limit gets {@link LimitReachedException},
 * which the web layer answers with the friendly 429 page.
 * <p>
 * The limits are far above what the team sees in real use; each can be changed with a property
 * ({@code sesu.limits.uploads-per-hour}, {@code messages-per-hour}, {@code submissions-per-day}),
 * for instance for a load test.
 */
@Component
public class ActivityLimits {

	/** What is counted, per person. */
	public enum Activity {

		UPLOAD("uploads-per-hour", 30, Duration.ofHours(1)),
		MESSAGE("messages-per-hour", 60, Duration.ofHours(1)),
		SUBMISSION("submissions-per-day", 10, Duration.ofDays(1));

		final String property;

		final int defaultCapacity;

		final Duration window;

		Activity(String property, int defaultCapacity, Duration window) {
			this.property = property;
			this.defaultCapacity = defaultCapacity;
			this.window = window;
		}

	}

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Environment environment;

	ActivityLimits(DataSource dataSource, Environment environment) {
		this.environment = environment;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/** How many of this activity one person may do within its window. */
	public int capacity(Activity activity) {
		return environment.getProperty("sesu.limits." + activity.property, Integer.class, activity.defaultCapacity);
	}

	/**
	 * Counts one action of this person.
	 *
	 * @throws LimitReachedException when the person has used up the window's allowance
	 */
	public void take(Activity activity, long accountId) {
		int capacity = capacity(activity);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, activity.window).build())
			.build();
		ConsumptionProbe probe = buckets
			.getProxy("activity:" + activity.name().toLowerCase(java.util.Locale.ROOT) + ":" + accountId,
					() -> configuration)
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new LimitReachedException(activity, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

}
