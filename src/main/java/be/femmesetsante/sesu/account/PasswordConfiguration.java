package be.femmesetsante.sesu.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	/**
	 * PBKDF2 rather than Spring's default bcrypt: bcrypt reads only the first 72 bytes, and we let
	 * people use long passphrases. The prefix in each hash lets us change algorithm later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(PBKDF2, Map.of(
				PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

}
