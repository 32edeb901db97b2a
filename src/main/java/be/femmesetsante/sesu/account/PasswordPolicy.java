package be.femmesetsante.sesu.account;

import java.util.Optional;

/**
 * NIST-style rules: long enough, not absurdly long, no composition rules. Returns the message key
 * of what is wrong, if anything, so a form can say what to do.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static Optional<String> problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (password.isBlank()) {
			return Optional.of("account.password.tooShort");
		}
		return Optional.empty();
	}

}
