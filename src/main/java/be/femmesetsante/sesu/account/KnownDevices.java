package be.femmesetsante.sesu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Why a lock-out by anyone cannot happen: "device cookies" (OWASP, Authentication cheat sheet). A
 * browser in which someone has completed the team's sign-in (password and mailed code) receives a
 * random token in the {@value #COOKIE} cookie (only sent to {@code /login}, HttpOnly, 180 days); the
 * database keeps its hash and the account's address. When an address has had ten wrong passwords,
 * browsers without such a cookie are refused for that address until the window passes, whoever they
 * are, so guessing stays throttled; the owner's own browser is counted on its own allowance and still
 * gets in. We chose this over "ask the e-mailed code first" because any allowance that can be spent
 * without a secret (asking for codes) can be spent by an attacker too, which would lock the owner out
 * again; a device token is a secret the attacker does not have.
 */
@Component
public class KnownDevices {

	static final String COOKIE = "SESU_DEVICE";

	static final Duration LIFETIME = Duration.ofDays(180);

	private final JdbcTemplate jdbc;

	KnownDevices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Remembers this browser for the account that has just completed its sign-in. */
	void remember(String email, HttpServletRequest request, HttpServletResponse response) {
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(KeyGenerators.secureRandom(32).generateKey());
		jdbc.update("insert into sign_in_device (token_hash, email) values (?, ?)", hash(token), normalise(email));
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token)
			.path("/login")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(LIFETIME)
			.build()
			.toString());
	}

	/**
	 * The key of this browser's own allowance of wrong passwords when it has completed a sign-in to
	 * this address before, else null (then the address's allowance counts).
	 */
	public String keyFor(HttpServletRequest request, String email) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 100) {
				String hash = hash(cookie.getValue());
				Integer known = jdbc.queryForObject(
						"select count(*) from sign_in_device where token_hash = ? and email = ? and created_at > now() - make_interval(days => ?)",
						Integer.class, hash, normalise(email), (int) LIFETIME.toDays());
				if (known != null && known > 0) {
					return hash;
				}
			}
		}
		return null;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-device-cleanup", lockAtMostFor = "PT10M")
	void forgetOldDevices() {
		jdbc.update("delete from sign_in_device where created_at < now() - make_interval(days => ?)",
				(int) LIFETIME.toDays());
	}

	private static String normalise(String email) {
		return String.valueOf(email).strip().toLowerCase(Locale.ROOT);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
