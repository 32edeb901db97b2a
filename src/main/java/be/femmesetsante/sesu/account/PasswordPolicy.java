package be.femmesetsante.sesu.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NIST-style rules (SP 800-63B): long enough, not absurdly long, no composition rules, paste allowed,
 * and not a password everybody tries first: not in the list of common passwords shipped in
 * {@code account/common-passwords.txt} (its header says what it is), not one character repeated,
 * and not containing the account's e-mail local part. Returns the message key of what is wrong, if
 * anything, so a form can say what to do.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** Shorter local parts ("ab@…") would refuse too many good passphrases by chance. */
	private static final int MIN_LOCAL_PART_CHECKED = 3;

	private static final Set<String> COMMON = load("/account/common-passwords.txt");

	private PasswordPolicy() {
	}

	public static Optional<String> problemWith(String password) {
		return problemWith(password, null);
	}

	/** The rules, knowing whose password it is (the e-mail address may be null or malformed). */
	public static Optional<String> problemWith(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (password.isBlank()) {
			return Optional.of("account.password.tooShort");
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of("account.password.repeated");
		}
		if (isCommon(password)) {
			return Optional.of("account.password.common");
		}
		if (containsLocalPart(password, email)) {
			return Optional.of("account.password.containsEmail");
		}
		return Optional.empty();
	}

	/**
	 * In the list as typed (lower case, spaces removed), or once symbols, or digits and symbols,
	 * around it are removed ("1q2w3e4r5t!!" is "1q2w3e4r5t", "Azerty2024!!!!" is "azerty"), or as a listed password repeated ("motdepassemotdepasse").
	 */
	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT).replace(" ", "");
		String trimmed = lower.replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("[^\\p{L}\\p{N}]+$", "");
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		return COMMON.contains(lower) || COMMON.contains(trimmed) || (!core.isEmpty() && COMMON.contains(core))
				|| isListedRepeated(lower);
	}

	static int commonPasswordCount() {
		return COMMON.size();
	}

	private static boolean isListedRepeated(String lower) {
		for (int unit = 1; unit <= lower.length() / 2; unit++) {
			if (lower.length() % unit == 0 && lower.equals(lower.substring(0, unit).repeat(lower.length() / unit))
					&& (unit <= 3 || COMMON.contains(lower.substring(0, unit)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsLocalPart(String password, String email) {
		if (email == null || email.indexOf('@') < MIN_LOCAL_PART_CHECKED) {
			return false;
		}
		String localPart = email.substring(0, email.indexOf('@')).strip().toLowerCase(Locale.ROOT);
		return localPart.length() >= MIN_LOCAL_PART_CHECKED && password.toLowerCase(Locale.ROOT).contains(localPart);
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
