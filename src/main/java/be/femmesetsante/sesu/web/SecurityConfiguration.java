package be.femmesetsante.sesu.web;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Default deny: a route is reachable only if it is listed here, and the access-matrix test
 * checks every route against the expected answer for each role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: everything comes from our own static files. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ",
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors 'none'");

	@Bean
	SecurityFilterChain portal(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to("health")).permitAll()
			.requestMatchers("/", "/privacy", "/error", "/login", "/setup").permitAll()
			.requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
			.requestMatchers("/account").authenticated()
			.anyRequest().denyAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/account")
				.failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

}
