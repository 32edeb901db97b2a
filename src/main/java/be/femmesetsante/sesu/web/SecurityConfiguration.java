package be.femmesetsante.sesu.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.femmesetsante.sesu.account.EmailLinkSignIn;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Default deny: a route is reachable only if it is listed here, and the access-matrix test
 * checks every route against the expected answer for each role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Session attribute holding the address typed before a failed sign-in; the login page reads it once. */
	static final String LAST_EMAIL = "sesu.login.lastEmail";

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
	SecurityFilterChain portal(HttpSecurity http, EmailLinkSignIn emailLinkSignIn, OneTimeTokenService tokens)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to("health")).permitAll()
			.requestMatchers("/", "/privacy", "/error", "/login", "/setup").permitAll()
			.requestMatchers("/login/link", "/login/link-sent", "/login/ott").permitAll()
			.requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
			.requestMatchers("/account").authenticated()
			// Messages and documents (messaging): the organisation and the team write, partners read;
			// which request each person may reach is decided in the messaging module (404 otherwise).
			.requestMatchers(HttpMethod.POST, "/requests/*/messages", "/requests/*/documents")
				.hasAnyRole("PROFESSIONAL", "STAFF")
			.requestMatchers(HttpMethod.GET, "/requests/*/documents/*").hasAnyRole("PROFESSIONAL", "STAFF", "PARTNER")
			// "Mes données" (privacy): a professional's own export.
			.requestMatchers(HttpMethod.GET, "/my-data").hasRole("PROFESSIONAL")
			.requestMatchers(HttpMethod.POST, "/my-data/export").hasRole("PROFESSIONAL")
			// Casework (casework): staff work, partners read Brussels cases (404 elsewhere, decided in
			// the casework services); "Mon tableau de bord" is the staff's own.
			.requestMatchers(HttpMethod.GET, "/casework/dashboard").hasRole("STAFF")
			.requestMatchers(HttpMethod.GET, "/casework/**").hasAnyRole("STAFF", "PARTNER")
			.requestMatchers(HttpMethod.POST, "/casework/**").hasRole("STAFF")
			.anyRequest().denyAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/account")
				.failureHandler(SecurityConfiguration::keepTypedEmail))
			// Professionals: an e-mailed link, valid 10 minutes, usable once (see EmailLinkSignIn).
			.oneTimeTokenLogin(link -> link.tokenService(tokens)
				.tokenGeneratingUrl("/login/link")
				.generateRequestResolver(emailLinkSignIn)
				.tokenGenerationSuccessHandler(emailLinkSignIn)
				.authenticationProvider(emailLinkSignIn.authenticationProvider())
				// Our own confirmation page: mail scanners that open links must not use them up.
				.showDefaultSubmitPage(false)
				.loginProcessingUrl("/login/ott")
				.loginPage("/login")
				.defaultSuccessUrl("/account")
				.failureUrl("/login?linkExpired"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	/** After a failed sign-in the page comes back with the e-mail address still typed in. */
	private static void keepTypedEmail(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String email = request.getParameter("email");
		if (email != null && email.length() <= 320) {
			request.getSession().setAttribute(LAST_EMAIL, email);
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
