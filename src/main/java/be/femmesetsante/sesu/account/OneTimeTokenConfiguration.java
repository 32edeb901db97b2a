package be.femmesetsante.sesu.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;

@Configuration(proxyBeanMethods = false)
class OneTimeTokenConfiguration {

	/**
	 * Spring Security's token store in PostgreSQL: any node can check a link another node sent. The
	 * primary one: {@link SecondFactorCodes} is the other, for staff's second factor only.
	 */
	@Bean
	@Primary
	OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbcTemplate) {
		return new JdbcOneTimeTokenService(jdbcTemplate);
	}

}
