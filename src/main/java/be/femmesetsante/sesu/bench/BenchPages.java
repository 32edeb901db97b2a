package be.femmesetsante.sesu.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The {@code bare} reference: a Thymeleaf page served by the same JVM with no security filter, no
 * session and no data, so every figure of a run can be read as a ratio to what the framework does
 * on this machine at that moment. And the number of requests, read after the submission scenario.
 * Only in the {@code bench} profile: both routes are outside Spring Security there.
 */
@Controller
@Profile("bench")
class BenchPages {

	private final JdbcTemplate jdbc;

	BenchPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	static WebSecurityCustomizer benchRoutesOutsideSecurity() {
		return web -> web.ignoring().requestMatchers("/bench/bare", "/bench/rows");
	}

	@GetMapping("/bench/bare")
	String bare() {
		return "bench/bare";
	}

	@GetMapping(path = "/bench/rows", produces = "text/plain")
	@ResponseBody
	String rows() {
		return String.valueOf(jdbc.queryForObject("select count(*) from request_summary_view", Long.class));
	}

}
