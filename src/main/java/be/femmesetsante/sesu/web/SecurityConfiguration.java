package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.EmailLinkSignIn;
import be.femmesetsante.sesu.account.KnownDevices;
import be.femmesetsante.sesu.account.PasskeySignIn;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.account.SignInThrottle;
import be.femmesetsante.sesu.account.StaffSignIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Default deny: a route is reachable only if it is listed here, and the access-matrix test
 * checks every route against the expected answer for each role.
 * <p>
 * Two factors for the team: every rule below ({@code hasRole}, {@code authenticated}…) is made by
 * {@link #twoFactorsForTheTeam()}, which adds "password and one-time code" whenever the person is
 * staff, partner or admin. So a route added here for those roles needs both factors without saying
 * so; professionals keep their one factor, the e-mailed link. Someone who has passed only the
 * password is sent to the code page ({@link StaffSignIn#CODE_PAGE}).
 * <p>
 * Passkeys: a team member who signed in with a passkey ({@code webAuthn()}, see
 * {@link #passkeySignIn}) holds the WebAuthn factor instead, which stands for both: the key is
 * something they have, unlocked on their device by something they know or are (user verification is
 * required). Professionals have no passkeys.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

	/** The roles that sign in with a password and a code, and need both for every page. */
	static final Set<String> TWO_FACTOR_ROLES = Set.of(Role.STAFF.authority(), Role.PARTNER.authority(),
			Role.ADMIN.authority());

	/** Session attribute holding the minutes to wait after too many wrong passwords; the login page reads it once. */
	static final String PASSWORD_THROTTLED = "sesu.login.throttledMinutes";

	/** Request attribute: the browser's known-device key for the typed address, or absent. */
	static final String KNOWN_DEVICE = "sesu.login.knownDevice";

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

	/**
	 * The factory behind every {@code hasRole}/{@code authenticated} rule: for staff, partners and
	 * admins it also requires the password factor and the one-time-token factor (Spring Security's
	 * multi-factor authentication), unless they signed in with a passkey; for anyone else it changes nothing. {@code permitAll},
	 * {@code denyAll} and anonymous rules are never affected.
	 */
	/**
	 * No observation around each of Spring Security's filters, authorizations and authentications
	 * (about twenty per request, none exported): without this bean the observation decorator still
	 * wrapped every filter even with {@code management.observations.enable.spring.security=false}
	 * (issue 13). The request's own observation (http.server.requests) stays.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static AuthorizationManagerFactory<RequestAuthorizationContext> twoFactorsForTheTeam() {
		return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY)
			.when(SecurityConfiguration::owesPasswordAndCode)
			.build();
	}

	static boolean isTeamMember(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(TWO_FACTOR_ROLES::contains);
	}

	/** A team member who still owes the password and the code: not signed in with a passkey. */
	static boolean owesPasswordAndCode(Authentication authentication) {
		return isTeamMember(authentication) && !signedInWithPasskey(authentication);
	}

	static boolean signedInWithPasskey(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(FactorGrantedAuthority.WEBAUTHN_AUTHORITY::equals);
	}

	@Bean
	SecurityFilterChain portal(HttpSecurity http, EmailLinkSignIn emailLinkSignIn, StaffSignIn staffSignIn,
			SignInThrottle throttle, KnownDevices devices, OneTimeTokenService tokens,
			AbsoluteSessionLifetimeFilter sessionLifetime, Accounts accounts, PasskeySignIn passkeySignIn,
			ObjectProvider<AuthenticationEventPublisher> authenticationEvents,
			org.springframework.context.ApplicationContext context) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(EndpointRequest.to("health")).permitAll()
			.requestMatchers("/", "/privacy", "/error", "/login", "/setup").permitAll()
			// Earlier versions of the privacy notice (a request links to the one it was sent under).
			.requestMatchers(HttpMethod.GET, "/privacy/*").permitAll()
			// Reference lists and the privacy notice's versions: admins only.
			.requestMatchers("/admin/reference", "/admin/reference/**", "/admin/privacy").hasRole("ADMIN")
			.requestMatchers("/login/link", "/login/link-sent", "/login/ott").permitAll()
			// The second step of the team's sign-in: the controller shows it only between the two factors.
			.requestMatchers(HttpMethod.GET, StaffSignIn.CODE_PAGE).permitAll()
			.requestMatchers(HttpMethod.POST, StaffSignIn.CODE_PAGE + "/resend").permitAll()
			.requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
			.requestMatchers("/account").authenticated()
			// Passkeys (web/PasskeyEndpointsFilter, account/Passkeys): signing in with one is open to all;
			// registering one is for the team, fully signed in; removing one goes through "Mon compte".
			.requestMatchers(HttpMethod.POST, "/webauthn/authenticate/options", "/login/webauthn").permitAll()
			.requestMatchers(HttpMethod.POST, "/webauthn/register/options", "/webauthn/register")
				.hasAnyRole("STAFF", "PARTNER", "ADMIN")
			.requestMatchers("/webauthn/**").denyAll()
			.requestMatchers("/account/passkeys/*/delete").hasAnyRole("STAFF", "PARTNER", "ADMIN")
			// "Rester connecté·e" before the idle timeout (layout, /js/session.js).
			.requestMatchers(HttpMethod.POST, "/session/extend").authenticated()
			// Account administration (admin slice): invitations are opened by people not signed in yet;
			// a professional asks to delete their own account; join requests are decided by the team.
			.requestMatchers("/invitation").permitAll()
			.requestMatchers(HttpMethod.POST, "/account/delete").hasRole("PROFESSIONAL")
			.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/organisations/**").hasRole("ADMIN")
			.requestMatchers("/join-requests", "/join-requests/**").hasAnyRole("STAFF", "ADMIN")
			// Messages and documents (messaging): the requester's organisation and the team only, never
			// partners (Audience.PARTNER); which request each person may reach is decided in the messaging
			// module (404 otherwise).
			.requestMatchers(HttpMethod.POST, "/requests/*/messages", "/requests/*/documents")
				.hasAnyRole("PROFESSIONAL", "STAFF")
			.requestMatchers(HttpMethod.GET, "/requests/*/documents/*").hasAnyRole("PROFESSIONAL", "STAFF")
			// "Mes données" (privacy): a professional's own export.
			.requestMatchers(HttpMethod.GET, "/my-data").hasRole("PROFESSIONAL")
			.requestMatchers(HttpMethod.POST, "/my-data/export").hasRole("PROFESSIONAL")
			// The professional's pages; staff and partners get their own in the casework module.
			.requestMatchers("/organisation", "/organisation/**", "/requests", "/requests/**").hasRole("PROFESSIONAL")
			// Casework (casework): staff work, partners read Brussels cases (404 elsewhere, decided in
			// the casework services); "Mon tableau de bord" is the staff's own.
			.requestMatchers(HttpMethod.GET, "/casework/dashboard").hasRole("STAFF")
			.requestMatchers(HttpMethod.GET, "/casework/**").hasAnyRole("STAFF", "PARTNER")
			.requestMatchers(HttpMethod.POST, "/casework/**").hasRole("STAFF")
			// Activity reports (report): staff both regions, partners Brussels only (404 for Wallonia, in Reports).
			.requestMatchers(HttpMethod.GET, "/reports", "/reports/*").hasAnyRole("STAFF", "PARTNER")
			// The requesters' evaluation: the mailed token is the key, no sign-in (404 for an unknown one).
			.requestMatchers("/evaluation/*").permitAll()
			// The audit trail's search and export, retention (audit, retention): admins only.
			.requestMatchers("/admin/audit", "/admin/audit/**", "/admin/retention", "/admin/retention/**").hasRole("ADMIN")
			// An address nothing answers: signed in, the portal's 404 (not a 403 saying it exists).
			.requestMatchers(new UnknownRoutes(context)).authenticated()
			.anyRequest().denyAll())
			// Staff, partners, admins: the password, then a code mailed to the account (see StaffSignIn).
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(staffSignIn.passwordAccepted())
				.failureHandler((request, response, failure) -> {
					throttle.recordPasswordFailure(typedEmail(request), request.getRemoteAddr(),
							(String) request.getAttribute(KNOWN_DEVICE));
					keepTypedEmail(request, response, failure);
				}))
			// The signed-in account as it is now: disabled or deleted meanwhile signs out (admin slice).
			.addFilterBefore(new SignedInAccountFilter(accounts), AuthorizationFilter.class)
			// Too many wrong passwords: refused before the password is even checked, right or wrong,
			// except in the owner's own browser (see KnownDevices).
			.addFilterBefore(new PasswordThrottleFilter(throttle, devices), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PasskeyThrottleFilter(throttle), CsrfFilter.class)
			// 12 hours after it began, a session ends, however active (the idle timeout is 30 minutes).
			.addFilterAfter(sessionLifetime, SecurityContextHolderFilter.class)
			// Password passed, code missing: the code page, not the sign-in page.
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(StaffSignIn.CODE_PAGE), FactorGrantedAuthority.OTT_AUTHORITY))
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
				.successHandler(staffSignIn.fullySignedIn(landingPage()))
				.failureHandler(staffSignIn.codeOrLinkRefused()))
			// Staff, partners, admins: a passkey instead of the password and the code (see passkeySignIn).
			.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(passkeySignIn(http, passkeySignIn, authenticationEvents.getIfAvailable(),
						staffSignIn)))
			.addFilterBefore(new PasskeyEndpointsFilter(), AuthorizationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	/**
	 * Once fully signed in (a professional's link, or the team's code after the password): the page
	 * asked for first, else the inbox for the team and partners, "Mes demandes" for professionals,
	 * the account page for admins.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler landingPage() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				boolean casework = authentication.getAuthorities().stream()
					.anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority()) || "ROLE_PARTNER".equals(a.getAuthority()));
				boolean professional = authentication.getAuthorities().stream()
					.anyMatch(a -> "ROLE_PROFESSIONAL".equals(a.getAuthority()));
				return casework ? "/casework/inbox" : professional ? "/requests" : "/account";
			}
		};
	}

	/**
	 * {@code POST /login/webauthn}, shaped like the other sign-ins: {@link PasskeySignIn} makes the same
	 * principal as the password and the code; the session id changes and the session is saved as theirs
	 * (Spring Security's own session strategy and context repository), sign-in events reach the audit
	 * trail, and the answer names the landing page ({@link StaffSignIn#passkeyAccepted}). A refused key
	 * answers 401, and the page says what to do. The sign-in stands on its own: it never completes
	 * someone's half-done password sign-in.
	 */
	private static ObjectPostProcessor<WebAuthnAuthenticationFilter> passkeySignIn(HttpSecurity http,
			PasskeySignIn provider, AuthenticationEventPublisher events, StaffSignIn staffSignIn) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
				ProviderManager manager = new ProviderManager(provider);
				if (events != null) {
					manager.setAuthenticationEventPublisher(events);
				}
				filter.setAuthenticationManager(manager);
				filter.setMfaEnabled(false);
				SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
				filter.setSessionAuthenticationStrategy(
						sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
				SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
				if (contexts != null) {
					filter.setSecurityContextRepository(contexts);
				}
				filter.setAuthenticationSuccessHandler(staffSignIn.passkeyAccepted(landingPage()));
				return filter;
			}
		};
	}

	/** After a failed sign-in the page comes back with the e-mail address still typed in. */
	private static void keepTypedEmail(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		rememberTypedEmail(request);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static void rememberTypedEmail(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (email != null && email.length() <= 320) {
			request.getSession().setAttribute(LAST_EMAIL, email);
		}
	}

	private static String typedEmail(HttpServletRequest request) {
		String email = request.getParameter("email");
		return email == null ? "" : email.strip().substring(0, Math.min(email.strip().length(), 320));
	}

	/**
	 * In front of the password form: after {@value SignInThrottle#PASSWORD_FAILURES_PER_ADDRESS}-odd
	 * wrong passwords for an address (or many from one IP address) within the window, the next try is
	 * not even checked; the sign-in page says how long to wait. Successes are never counted. A browser
	 * that has completed a sign-in to that address before ({@link KnownDevices}) is counted on its own
	 * allowance instead of the address's: ten wrong passwords typed by someone else do not keep the
	 * owner out, and the stranger's guessing stays throttled.
	 */
	static final class PasswordThrottleFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		private final KnownDevices devices;

		PasswordThrottleFilter(SignInThrottle throttle, KnownDevices devices) {
			this.throttle = throttle;
			this.devices = devices;
		}

		private static final RequestMatcher PASSWORD_FORM = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/login");

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !PASSWORD_FORM.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String knownDevice = devices.keyFor(request, typedEmail(request));
			request.setAttribute(KNOWN_DEVICE, knownDevice);
			SignInThrottle.Verdict verdict = throttle.mayTryPassword(typedEmail(request), request.getRemoteAddr(),
					knownDevice);
			if (verdict.allowed()) {
				chain.doFilter(request, response);
				return;
			}
			rememberTypedEmail(request);
			request.getSession().setAttribute(PASSWORD_THROTTLED, verdict.minutesToWait());
			response.sendRedirect(request.getContextPath() + "/login?throttled");
		}

	}

	/**
	 * Signing in with a passkey is open to all (its two steps, {@code POST /webauthn/authenticate/options}
	 * and {@code POST /login/webauthn}): past {@link SignInThrottle#tryPasskeyStep}'s allowance per IP
	 * address, 429 with {@code Retry-After} and {@code {"error":"throttled"}}, which {@code /js/passkeys.js}
	 * turns into a message; Spring Security's passkey filters never see the request.
	 */
	static final class PasskeyThrottleFilter extends OncePerRequestFilter {

		private static final RequestMatcher STEPS = new OrRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/authenticate/options"),
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/webauthn"));

		private final SignInThrottle throttle;

		PasskeyThrottleFilter(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !STEPS.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			SignInThrottle.Verdict verdict = throttle.tryPasskeyStep(request.getRemoteAddr());
			if (verdict.allowed()) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, verdict.retryAfter().toSeconds())));
			PasskeyEndpointsFilter.answer(response, 429, "throttled");
		}

	}

}
