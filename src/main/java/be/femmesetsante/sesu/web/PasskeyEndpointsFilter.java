package be.femmesetsante.sesu.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import be.femmesetsante.sesu.account.Passkeys;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of Spring Security's passkey registration ({@code POST /webauthn/register/options} and
 * {@code POST /webauthn/register}), which would otherwise give registration options to anyone
 * signed in (the options filter runs before the access rules), store any label, and answer 500 to a
 * credential it cannot verify:
 * <ul>
 * <li>only staff, partners and admins who completed their sign-in (password and code, or a passkey)
 * get that far: 401 when not signed in, 403 otherwise;</li>
 * <li>the label is 1 to {@value Passkeys#LABEL_MAX_LENGTH} characters without control characters,
 * else 422 {@code {"error":"label"}}; a body over 64 KB is refused (413);</li>
 * <li>a credential that does not verify answers 400 {@code {"error":"verification"}}.</li>
 * </ul>
 * The answers are JSON for {@code /js/passkeys.js}, which turns them into messages.
 */
final class PasskeyEndpointsFilter extends OncePerRequestFilter {

	static final int MAX_BODY = 64 * 1024;

	private static final RequestMatcher OPTIONS = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/webauthn/register/options");

	private static final RequestMatcher REGISTER = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/webauthn/register");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !OPTIONS.matches(request) && !REGISTER.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !trust.isAuthenticated(authentication)) {
			answer(response, HttpServletResponse.SC_UNAUTHORIZED, "signIn");
			return;
		}
		if (!fullySignedInTeamMember(authentication)) {
			answer(response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
			return;
		}
		if (OPTIONS.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "tooLarge");
			return;
		}
		if (!validLabel(body)) {
			answer(response, 422, "label");
			return;
		}
		try {
			chain.doFilter(new CachedBody(request, body), response);
		}
		catch (RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			answer(response, HttpServletResponse.SC_BAD_REQUEST, "verification");
		}
	}

	static boolean fullySignedInTeamMember(Authentication authentication) {
		if (!SecurityConfiguration.isTeamMember(authentication)) {
			return false;
		}
		if (SecurityConfiguration.signedInWithPasskey(authentication)) {
			return true;
		}
		var factors = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)
				&& factors.contains(FactorGrantedAuthority.OTT_AUTHORITY);
	}

	static boolean validLabel(byte[] body) {
		try {
			JsonNode label = JSON.readTree(body).path("publicKey").path("label");
			if (!label.isString()) {
				return false;
			}
			String text = label.asString().strip();
			return !text.isEmpty() && text.codePointCount(0, text.length()) <= Passkeys.LABEL_MAX_LENGTH
					&& text.codePoints().noneMatch(Character::isISOControl);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** The JSON error {@code /js/passkeys.js} reads ({@code {"error":"…"}}); also the sign-in throttle's. */
	static void answer(HttpServletResponse response, int status, String error) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"error\":\"" + error + "\"}");
	}

	/** The request with its body read once already. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return in.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
