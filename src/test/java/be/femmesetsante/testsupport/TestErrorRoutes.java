package be.femmesetsante.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only route that fails the way a bug would, so the 500 page can be looked at in a browser.
 * The access-matrix test lists it like any other route. It lives outside the portal's packages so
 * that component scanning never picks it up: only {@link be.femmesetsante.sesu.support.IntegrationTest} imports it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestErrorRoutes {

	public static final String FAILING_PAGE = "/test-only/failing-page";

	@Bean
	@Order(0)
	SecurityFilterChain testOnlyRoutes(HttpSecurity http) throws Exception {
		return http.securityMatcher("/test-only/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	/** Registered as a member class of this configuration, so only where it is imported. */
	@RestController
	static class FailingController {

		@GetMapping(FAILING_PAGE)
		String fail() {
			throw new IllegalStateException("A bug with a secret detail that must never reach the page");
		}

	}

}
