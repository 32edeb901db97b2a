package be.femmesetsante.sesu.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Staff, partners and admins sign in with two factors (Spring Security's multi-factor
 * authentication): their password, then a 6-digit code mailed to <em>their account's</em> address,
 * valid 10 minutes and usable once ({@link SecondFactorCodes}). The code is typed on
 * {@value #CODE_PAGE} and posted to the one-time-token login ({@code /login/ott}), where
 * {@link EmailLinkSignIn#authenticationProvider()} accepts it only for the account that passed its
 * password; Spring Security then adds the one-time-token factor to the password one.
 */
@Component
public class StaffSignIn {

	public static final String CODE_PAGE = "/login/code";

	/** Session attribute: minutes to wait after too many codes asked for; the code page reads it once. */
	public static final String CODE_THROTTLED = "sesu.login.codeThrottledMinutes";

	/** Session attribute: minutes to wait after too many wrong codes; the code page reads it once. */
	public static final String WRONG_CODES_THROTTLED = "sesu.login.wrongCodesThrottledMinutes";

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final HttpSessionSecurityContextRepository SESSION_CONTEXT = new HttpSessionSecurityContextRepository();

	private final SecondFactorCodes codes;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final LocaleResolver localeResolver;

	private final SignInThrottle throttle;

	private final KnownDevices devices;

	StaffSignIn(SecondFactorCodes codes, ApplicationEventPublisher events, TransactionTemplate transaction,
			LocaleResolver localeResolver, SignInThrottle throttle, KnownDevices devices) {
		this.codes = codes;
		this.events = events;
		this.transaction = transaction;
		this.localeResolver = localeResolver;
		this.throttle = throttle;
		this.devices = devices;
	}

	/**
	 * The person who passed their password and still owes the second factor, if that is the one
	 * signed in: only such a person gets a code, and only to their account's own address.
	 */
	public static Optional<PortalUser> awaitingSecondFactor(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof PortalUser user) || user.role() == Role.PROFESSIONAL
				|| !hasFactor(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				|| hasFactor(authentication, FactorGrantedAuthority.OTT_AUTHORITY)) {
			return Optional.empty();
		}
		return Optional.of(user);
	}

	private static boolean hasFactor(Authentication authentication, String factor) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(factor::equals);
	}

	/**
	 * After the password: a code goes to the account's address, and the code page follows; past
	 * {@value SignInThrottle#CODES_PER_ACCOUNT} codes within 15 minutes, no code is sent and the code
	 * page answers 429 (the last code sent still works). Posting the password again never gives new
	 * tries: wrong codes are counted per account across codes ({@link SignInThrottle#mayTryCode}).
	 */
	public AuthenticationSuccessHandler passwordAccepted() {
		return (request, response, authentication) -> {
			Optional<PortalUser> awaiting = awaitingSecondFactor(authentication);
			if (awaiting.isPresent()) {
				SignInThrottle.Verdict verdict = sendCode(awaiting.get(), request);
				if (!verdict.allowed()) {
					request.getSession().setAttribute(CODE_THROTTLED, verdict.minutesToWait());
				}
			}
			response.sendRedirect(request.getContextPath() + CODE_PAGE);
		};
	}

	/**
	 * Makes a new code (the previous one stops working) and mails it after commit, unless too many
	 * were sent to this account (or from this IP address) lately: then nothing is sent.
	 */
	public SignInThrottle.Verdict sendCode(PortalUser user, HttpServletRequest request) {
		SignInThrottle.Verdict verdict = throttle.tryIssueCode(user.email(), request.getRemoteAddr());
		if (!verdict.allowed()) {
			return verdict;
		}
		Locale locale = localeResolver.resolveLocale(request);
		transaction.executeWithoutResult(status -> {
			OneTimeToken code = codes.generate(new GenerateOneTimeTokenRequest(user.email(), VALIDITY));
			events.publishEvent(new SecondFactorCodeRequested(user.email(), code.getTokenValue(),
					locale.toLanguageTag(), code.getExpiresAt()));
		});
		return verdict;
	}

	/**
	 * Once both factors are in: this browser is remembered for the account ({@link KnownDevices}),
	 * then {@code next} decides the landing page. Professionals are not remembered (no password).
	 */
	public AuthenticationSuccessHandler fullySignedIn(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof PortalUser user && user.role() != Role.PROFESSIONAL) {
				devices.remember(user.email(), request, response);
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * After a passkey ({@code POST /login/webauthn}, called by {@code /js/passkeys.js}): the same as
	 * after the code ({@link #fullySignedIn}), but the answer is the JSON the script expects,
	 * {@code {"authenticated":true,"redirectUrl":"…"}}, with the page {@code next} would have
	 * redirected to.
	 */
	public AuthenticationSuccessHandler passkeyAccepted(AuthenticationSuccessHandler next) {
		AuthenticationSuccessHandler signedIn = fullySignedIn(next);
		return (request, response, authentication) -> {
			RedirectCapture capture = new RedirectCapture(response);
			signedIn.onAuthenticationSuccess(request, capture, authentication);
			String target = capture.location == null ? request.getContextPath() + "/" : capture.location;
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + jsonEscaped(target) + "\"}");
		};
	}

	/** Keeps the address a handler redirects to, instead of redirecting. */
	private static final class RedirectCapture extends jakarta.servlet.http.HttpServletResponseWrapper {

		private String location;

		RedirectCapture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String location) {
			this.location = location;
		}

	}

	private static String jsonEscaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>') {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * A refused code sends its person back to the code page; a refused link (professionals) to the
	 * sign-in page that says the link expired.
	 */
	public AuthenticationFailureHandler codeOrLinkRefused() {
		return (request, response, failure) -> {
			if (failure instanceof TooManyWrongCodesException tooMany) {
				request.getSession().setAttribute(WRONG_CODES_THROTTLED, tooMany.verdict().minutesToWait());
				response.sendRedirect(request.getContextPath() + CODE_PAGE + "?tooManyWrong");
				return;
			}
			refused(request, response);
		};
	}

	/** Too many wrong codes for this account, or from this IP address: not even checked. */
	static final class TooManyWrongCodesException extends InvalidOneTimeTokenException {

		private final transient SignInThrottle.Verdict verdict;

		TooManyWrongCodesException(SignInThrottle.Verdict verdict) {
			super("Too many wrong codes");
			this.verdict = verdict;
		}

		SignInThrottle.Verdict verdict() {
			return verdict;
		}

	}

	private static void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// The filter has cleared this thread's context by now; the session still holds the password step.
		boolean awaiting = awaitingSecondFactor(SESSION_CONTEXT.loadDeferredContext(request).get().getAuthentication())
			.isPresent();
		response.sendRedirect(request.getContextPath() + (awaiting ? CODE_PAGE + "?error" : "/login?linkExpired"));
	}

}
