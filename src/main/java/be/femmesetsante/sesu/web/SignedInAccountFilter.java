package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The signed-in person is read again from the database on each request (one primary-key read):
 * an account disabled or deleted meanwhile is signed out here, whatever node its session is on,
 * even if ending its sessions missed one; a changed name, language or organisation (a join request
 * confirmed by staff) shows at once. A changed role never gets here: it ends the sessions.
 * The factors the person passed are kept as they were.
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SignedInAccountFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Static files need no account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof PortalUser user && user.accountId() != null) {
			Optional<PortalUser> current = accounts.current(user.accountId());
			if (current.isEmpty()) {
				// No such account (only tests make such people): the session is left as it is.
			}
			else if (!current.get().enabled() || current.get().role() != user.role()) {
				contexts.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().equals(user)) {
				UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
					.authenticated(current.get(), null, authentication.getAuthorities());
				refreshed.setDetails(authentication.getDetails());
				SecurityContext context = contexts.createEmptyContext();
				context.setAuthentication(refreshed);
				contexts.setContext(context);
				if (request.getSession(false) != null) {
					repository.saveContext(context, request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}

}
