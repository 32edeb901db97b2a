package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session lives at most {@code sesu.session.absolute-lifetime} (12 hours) from the moment it began,
 * however active it is; the idle timeout ({@code spring.session.timeout}, 30 minutes) ends it sooner
 * when nothing happens. The session's creation time is kept by Spring Session in PostgreSQL, so every
 * node agrees, and it survives the change of session id at sign-in. Past the lifetime, the session is
 * invalidated and the person starts again at the sign-in page.
 * <p>
 * Placed in the security filter chain only (not a servlet filter of its own: see
 * {@link SecurityConfiguration}), right after the security context is loaded.
 */
@Component
class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration lifetime;

	AbsoluteSessionLifetimeFilter(Clock clock,
			@Value("${sesu.session.absolute-lifetime:12h}") Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?sessionEnded");
			return;
		}
		chain.doFilter(request, response);
	}

}
