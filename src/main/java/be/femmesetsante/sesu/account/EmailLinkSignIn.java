package be.femmesetsante.sesu.account;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Professionals sign in without a password: they type their e-mail address and receive a link,
 * valid 10 minutes and usable once, made by Spring Security's one-time-token login. The first
 * sign-in creates their account. The page that follows says the same thing whether or not the
 * address is known, so it tells nobody who has an account.
 * <p>
 * Staff, partners and admins never sign in this way: their accounts need a password and a second
 * factor ({@link StaffSignIn}), so no link is sent to them and a link could not sign them in anyway.
 */
@Component
public class EmailLinkSignIn implements GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	/** Request attribute set when the typed address cannot be an e-mail address. */
	public static final String INVALID_ADDRESS = EmailLinkSignIn.class.getName() + ".invalid";

	/** Request attribute holding the {@link SignInThrottle.Verdict} when too many links were asked for. */
	public static final String THROTTLED = EmailLinkSignIn.class.getName() + ".throttled";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final Accounts accounts;

	private final OneTimeTokenService tokens;

	private final SecondFactorCodes codes;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final LocaleResolver localeResolver;

	private final String baseUrl;

	EmailLinkSignIn(Accounts accounts, OneTimeTokenService tokens, SecondFactorCodes codes, SignInThrottle throttle,
			ApplicationEventPublisher events, TransactionTemplate transaction, LocaleResolver localeResolver,
			@Value("${sesu.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.codes = codes;
		this.throttle = throttle;
		this.events = events;
		this.transaction = transaction;
		this.localeResolver = localeResolver;
		this.baseUrl = baseUrl;
	}

	/**
	 * Turns the sign-in form into a token request, or into nothing (the form then shows why) when the
	 * address is not one, or when too many links were asked for it or from this IP address.
	 */
	@Override
	public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String email = normalise(request.getParameter("username"));
		if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			request.setAttribute(INVALID_ADDRESS, Boolean.TRUE);
			return null;
		}
		SignInThrottle.Verdict verdict = throttle.tryLinkRequest(email, request.getRemoteAddr());
		if (!verdict.allowed()) {
			request.setAttribute(THROTTLED, verdict);
			return null;
		}
		return new GenerateOneTimeTokenRequest(email, VALIDITY);
	}

	/** Mails the link (after commit, through the event publication registry) and says it was sent. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		String email = token.getUsername();
		boolean mayUseLink = accounts.findByEmail(email)
			.map(user -> user.role() == Role.PROFESSIONAL && user.enabled())
			.orElse(true);
		if (mayUseLink) {
			Locale locale = localeResolver.resolveLocale(request);
			String link = baseUrl + "/login/ott?token=" + token.getTokenValue();
			transaction.executeWithoutResult(status -> events
				.publishEvent(new SignInLinkRequested(email, link, locale.toLanguageTag(), token.getExpiresAt())));
		}
		response.sendRedirect(request.getContextPath() + "/login/link-sent");
	}

	/**
	 * Checks what was posted to {@code /login/ott}. For a staff, partner or admin account that has
	 * just passed its password, it is the second factor: the code mailed to that same account, and
	 * nothing else. Otherwise it is a professional's link: used up, then their account is found or
	 * created; a link never signs in anyone else. Either way the result carries the one-time-token
	 * factor, which Spring Security adds to the password factor of the same account.
	 */
	public AuthenticationProvider authenticationProvider() {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				OneTimeTokenAuthenticationToken presented = (OneTimeTokenAuthenticationToken) authentication;
				Optional<PortalUser> awaiting = StaffSignIn
					.awaitingSecondFactor(SecurityContextHolder.getContext().getAuthentication());
				return awaiting.isPresent() ? secondFactor(awaiting.get(), presented) : link(presented);
			}

			@Override
			public boolean supports(Class<?> type) {
				return OneTimeTokenAuthenticationToken.class.isAssignableFrom(type);
			}

		};
	}

	/**
	 * Wrong codes are counted per account across every code sent, and per IP address
	 * ({@link SignInThrottle#mayTryCode}): once either allowance is spent, no code is even checked.
	 */
	private Authentication secondFactor(PortalUser passwordStep, OneTimeTokenAuthenticationToken presented) {
		String ipAddress = clientAddress(presented);
		SignInThrottle.Verdict verdict = throttle.mayTryCode(passwordStep.email(), ipAddress);
		if (!verdict.allowed()) {
			throw new StaffSignIn.TooManyWrongCodesException(verdict);
		}
		OneTimeToken code = codes.consume(
				OneTimeTokenAuthenticationToken.unauthenticated(passwordStep.email(), presented.getTokenValue()));
		if (code == null) {
			throttle.recordCodeFailure(passwordStep.email(), ipAddress);
			throw new InvalidOneTimeTokenException("Unknown, used or expired code");
		}
		PortalUser user = accounts.findByEmail(code.getUsername())
			.filter(found -> found.accountId().equals(passwordStep.accountId()))
			.orElseThrow(() -> new BadCredentialsException("The account changed since its password was checked"));
		if (!user.enabled()) {
			throw new DisabledException("This account is disabled");
		}
		accounts.recordSignIn(user.accountId());
		return signedIn(user, presented);
	}

	private static String clientAddress(OneTimeTokenAuthenticationToken presented) {
		if (presented.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : "unknown";
	}

	private Authentication link(OneTimeTokenAuthenticationToken presented) {
		OneTimeToken token = tokens.consume(presented);
		if (token == null || token.getUsername().equals(FirstAdminSetup.TOKEN_OWNER)) {
			throw new InvalidOneTimeTokenException("Unknown, used or expired sign-in link");
		}
		PortalUser user = accounts.signInByLink(token.getUsername());
		if (user.role() != Role.PROFESSIONAL) {
			throw new BadCredentialsException("This account signs in with a password and a code");
		}
		if (!user.enabled()) {
			throw new DisabledException("This account is disabled");
		}
		accounts.recordSignIn(user.accountId());
		return signedIn(user, presented);
	}

	/**
	 * Spring Security's own result type for a one-time token, with the one-time-token factor: it has
	 * a builder, which is what lets the filter add the password factor of the same account to it.
	 */
	private static Authentication signedIn(PortalUser user, OneTimeTokenAuthenticationToken presented) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
		OneTimeTokenAuthentication result = new OneTimeTokenAuthentication(user, authorities);
		result.setDetails(presented.getDetails());
		return result;
	}

	static String normalise(String email) {
		return Optional.ofNullable(email).map(String::strip).map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
	}

}
