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
 * Limits how often sign-in links and second-factor codes can be asked for, and how many wrong
 * passwords and codes can be tried, per e-mail address (or account) and per IP address, with Bucket4j
 * buckets kept in PostgreSQL so every node counts the same requests.
 * <p>
 * The IP address is {@code request.getRemoteAddr()}: behind a reverse proxy, Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) replaces it with the client's address from
 * {@code X-Forwarded-For}, but only when the request comes from a trusted proxy
 * ({@code sesu.trusted-proxies}); so clients behind the proxy get a bucket each instead of sharing the
 * proxy's, and nobody else can choose their key by sending the header.
 */
@Component
public class SignInThrottle {

	/** The 10th request for one address within 10 minutes is refused. */
	static final int LINKS_PER_ADDRESS = 9;

	/** An organisation's colleagues may share one IP: a wider allowance, same window. */
	static final int LINKS_PER_IP = 30;

	static final Duration WINDOW = Duration.ofMinutes(10);

	/**
	 * Ten wrong passwords for one address within 15 minutes: the next try from a browser that has never
	 * completed a sign-in to that account is refused, right or wrong. A browser that has (it holds a
	 * {@link KnownDevices} cookie for the address) is counted on its own instead, so whoever knows a
	 * staff address cannot keep its owner out (OWASP's "device cookies").
	 */
	static final int PASSWORD_FAILURES_PER_ADDRESS = 10;

	/** A known browser's own allowance, once the address's is spent. */
	static final int PASSWORD_FAILURES_PER_DEVICE = 10;

	/** A team behind one IP address may mistype more; an attacker trying many addresses may not. */
	static final int PASSWORD_FAILURES_PER_IP = 50;

	static final Duration PASSWORD_WINDOW = Duration.ofMinutes(15);

	/**
	 * Wrong second-factor codes per account, across every code sent (a new code does not give new
	 * tries): with 5 tries per code, at most 10 guesses an hour among a million codes.
	 */
	static final int CODE_FAILURES_PER_ACCOUNT = 10;

	static final int CODE_FAILURES_PER_IP = 30;

	static final Duration CODE_FAILURE_WINDOW = Duration.ofHours(1);

	/** Codes mailed per account (after the password, or asked again): the owner's mailbox is not flooded. */
	static final int CODES_PER_ACCOUNT = 5;

	static final int CODES_PER_IP = 30;

	static final Duration CODE_WINDOW = Duration.ofMinutes(15);

	/**
	 * Passkey sign-in steps (options asked, assertions checked) per IP address: a sign-in takes two, so a
	 * team's office behind one address signs in thirty times in ten minutes; beyond, each try cost a
	 * signature check and a session write for nothing.
	 */
	static final int PASSKEY_STEPS_PER_IP = 60;

	static final Duration PASSKEY_WINDOW = Duration.ofMinutes(10);

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
		ConsumptionProbe byAddress = take("link:email:" + key(email), LINKS_PER_ADDRESS, WINDOW);
		if (!byAddress.isConsumed()) {
			return Verdict.refused(byAddress);
		}
		ConsumptionProbe byIp = take("link:ip:" + ipAddress, LINKS_PER_IP, WINDOW);
		return byIp.isConsumed() ? Verdict.ALLOWED : Verdict.refused(byIp);
	}

	/** Takes one passkey sign-in step from the IP address's bucket; says how long to wait when it is empty. */
	public Verdict tryPasskeyStep(String ipAddress) {
		ConsumptionProbe byIp = take("passkey:ip:" + ipAddress, PASSKEY_STEPS_PER_IP, PASSKEY_WINDOW);
		return byIp.isConsumed() ? Verdict.ALLOWED : Verdict.refused(byIp);
	}

	/**
	 * Whether a password may be tried now for this address from this IP address. Asks without taking:
	 * only failures are counted ({@link #recordPasswordFailure}), so a successful sign-in costs nothing.
	 * {@code knownDevice} is the browser's device key when it has completed a sign-in to this very
	 * address before ({@link KnownDevices#keyFor}), else null.
	 */
	public Verdict mayTryPassword(String email, String ipAddress, String knownDevice) {
		Verdict byIp = estimate("password:ip:" + ipAddress, PASSWORD_FAILURES_PER_IP, PASSWORD_WINDOW);
		if (!byIp.allowed()) {
			return byIp;
		}
		return knownDevice != null
				? estimate("password:device:" + knownDevice, PASSWORD_FAILURES_PER_DEVICE, PASSWORD_WINDOW)
				: estimate("password:email:" + key(email), PASSWORD_FAILURES_PER_ADDRESS, PASSWORD_WINDOW);
	}

	/** Counts a wrong password against the IP address, and the known browser or else the address. */
	public void recordPasswordFailure(String email, String ipAddress, String knownDevice) {
		bucket("password:ip:" + ipAddress, PASSWORD_FAILURES_PER_IP, PASSWORD_WINDOW).tryConsume(1);
		if (knownDevice != null) {
			bucket("password:device:" + knownDevice, PASSWORD_FAILURES_PER_DEVICE, PASSWORD_WINDOW).tryConsume(1);
		}
		else {
			bucket("password:email:" + key(email), PASSWORD_FAILURES_PER_ADDRESS, PASSWORD_WINDOW).tryConsume(1);
		}
	}

	/** Whether a second-factor code may be tried now for this account from this IP address. */
	Verdict mayTryCode(String email, String ipAddress) {
		Verdict byAccount = estimate("code:email:" + key(email), CODE_FAILURES_PER_ACCOUNT, CODE_FAILURE_WINDOW);
		return byAccount.allowed() ? estimate("code:ip:" + ipAddress, CODE_FAILURES_PER_IP, CODE_FAILURE_WINDOW)
				: byAccount;
	}

	/** Counts a wrong code against the account (whatever code it was) and the IP address. */
	void recordCodeFailure(String email, String ipAddress) {
		bucket("code:email:" + key(email), CODE_FAILURES_PER_ACCOUNT, CODE_FAILURE_WINDOW).tryConsume(1);
		bucket("code:ip:" + ipAddress, CODE_FAILURES_PER_IP, CODE_FAILURE_WINDOW).tryConsume(1);
	}

	/** Takes one mailed code from the account's and the IP address's allowance. */
	Verdict tryIssueCode(String email, String ipAddress) {
		ConsumptionProbe byAccount = take("code-sent:email:" + key(email), CODES_PER_ACCOUNT, CODE_WINDOW);
		if (!byAccount.isConsumed()) {
			return Verdict.refused(byAccount);
		}
		ConsumptionProbe byIp = take("code-sent:ip:" + ipAddress, CODES_PER_IP, CODE_WINDOW);
		return byIp.isConsumed() ? Verdict.ALLOWED : Verdict.refused(byIp);
	}

	private static String key(String email) {
		return String.valueOf(email).strip().toLowerCase(Locale.ROOT);
	}

	private Verdict estimate(String key, int capacity, Duration window) {
		EstimationProbe probe = bucket(key, capacity, window).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Verdict.ALLOWED
				: new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private ConsumptionProbe take(String key, int capacity, Duration window) {
		return bucket(key, capacity, window).tryConsumeAndReturnRemaining(1);
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
