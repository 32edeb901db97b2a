package be.femmesetsante.sesu.account;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final String ARGON2 = "argon2";

	private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	/**
	 * Argon2id (Spring Security's {@link Argon2PasswordEncoder}, on Bouncy Castle) for every new
	 * hash, with OWASP's parameters by default (password storage cheat sheet: 19 MiB of memory,
	 * 2 iterations, 1 lane; 16-byte salt, 32-byte hash). The prefix of each stored hash names its
	 * algorithm: PBKDF2 hashes of earlier versions (and bcrypt) still match, and are replaced by
	 * Argon2id at the next sign-in ({@link AccountUserDetailsService#updatePassword}). Tests may lower
	 * the cost through {@code sesu.password.argon2.*}; the parameters are stored in each hash, so a
	 * hash keeps verifying whatever the settings of the moment, and weaker ones are upgraded.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${sesu.password.argon2.memory-kib:19456}") int memoryKib,
			@Value("${sesu.password.argon2.iterations:2}") int iterations,
			@Value("${sesu.password.argon2.parallelism:1}") int parallelism) {
		return new DelegatingPasswordEncoder(ARGON2, Map.of(
				ARGON2, new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations),
				PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * The password sign-in: Spring Security's {@link DaoAuthenticationProvider} (which pays a full
	 * hash for an unknown address too), upgrading old hashes through the
	 * {@link org.springframework.security.core.userdetails.UserDetailsPasswordService}, and keeping in
	 * the session a principal without the hash ({@link PortalUser#withoutPassword()}).
	 */
	@Bean
	DaoAuthenticationProvider passwordSignIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
			@Override
			protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
					UserDetails user) {
				Object withoutHash = principal instanceof PortalUser portalUser ? portalUser.withoutPassword() : principal;
				return super.createSuccessAuthentication(withoutHash, authentication, user);
			}
		};
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(users);
		return provider;
	}

}
