package be.femmesetsante.sesu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Spring Security's {@link OneTimeTokenService}, shaped for a second factor typed by hand: a 6-digit
 * code instead of a UUID link, kept in PostgreSQL as a SHA-256 hash, bound to one account.
 * <p>
 * A code only counts for the account it was made for: {@link #consume} needs the account's address as
 * the token's principal, so a code can neither be guessed across accounts nor use up someone else's.
 * A million possible codes is little, so each code allows {@value #MAX_ATTEMPTS} wrong tries, then
 * is gone; a new code replaces the previous one; it is valid for the requested duration (10 minutes).
 */
@Component
public class SecondFactorCodes implements OneTimeTokenService, SecondFactorCredentials {

	static final int MAX_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SecondFactorCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		String username = request.getUsername();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant expiresAt = clock.instant().plus(request.getExpiresIn());
		jdbc.update("""
				insert into second_factor_code (username, code_hash, expires_at, attempts) values (?, ?, ?, 0)
				on conflict (username) do update set code_hash = excluded.code_hash,
				    expires_at = excluded.expires_at, attempts = 0""",
				username, hash(username, code), Timestamp.from(expiresAt));
		return new DefaultOneTimeToken(code, username, expiresAt);
	}

	/**
	 * Uses the code up if it is the account's current one and still valid: one statement, so two
	 * tries at once cannot both succeed. The principal of {@code presented} must be the account's
	 * address; a wrong code counts as a try.
	 */
	@Override
	public OneTimeToken consume(OneTimeTokenAuthenticationToken presented) {
		if (!(presented.getPrincipal() instanceof String username) || presented.getTokenValue() == null) {
			return null;
		}
		String code = presented.getTokenValue().strip();
		Timestamp now = Timestamp.from(clock.instant());
		List<Timestamp> used = jdbc.queryForList("""
				delete from second_factor_code
				where username = ? and code_hash = ? and expires_at > ? and attempts < ?
				returning expires_at""", Timestamp.class, username, hash(username, code), now, MAX_ATTEMPTS);
		if (!used.isEmpty()) {
			return new DefaultOneTimeToken(code, username, used.get(0).toInstant());
		}
		jdbc.update("update second_factor_code set attempts = attempts + 1 where username = ?", username);
		jdbc.update("delete from second_factor_code where username = ? and (attempts >= ? or expires_at <= ?)",
				username, MAX_ATTEMPTS, now);
		return null;
	}

	/** A reset: the pending code and its wrong tries are gone; the next sign-in mails a new one. */
	@Override
	public void resetFor(PortalUser account) {
		jdbc.update("delete from second_factor_code where lower(username) = lower(?)", account.email());
	}

	/** The account's address is mixed in, so equal codes of two accounts have different hashes. */
	private static String hash(String username, String code) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest((username + '\n' + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
