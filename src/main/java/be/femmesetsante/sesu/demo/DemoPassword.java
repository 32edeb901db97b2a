package be.femmesetsante.sesu.demo;

import java.util.Base64;

import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * The one password of the demo accounts. There is no default password anywhere: a fresh one is
 * drawn at each start, so a demo database copied elsewhere does not keep a known way in.
 */
final class DemoPassword {

	// 18 random bytes: 144 bits, 24 URL-safe characters, well above PasswordPolicy.MIN_LENGTH.
	private static final int BYTES = 18;

	private DemoPassword() {
	}

	static String generate() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(KeyGenerators.secureRandom(BYTES).generateKey());
	}

}
