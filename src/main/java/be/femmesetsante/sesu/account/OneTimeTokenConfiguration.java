package be.femmesetsante.sesu.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;

@Configuration(proxyBeanMethods = false)
class OneTimeTokenConfiguration {

	/** Spring Security's token store in PostgreSQL: any node can check a link another node sent. */
	@Bean
	OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbcTemplate) {
		return new JdbcOneTimeTokenService(jdbcTemplate);
	}

}
