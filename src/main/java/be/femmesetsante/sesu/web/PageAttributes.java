package be.femmesetsante.sesu.web;

import java.util.Set;

import be.femmesetsante.sesu.account.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page, whichever module's controller rendered it. */
@ControllerAdvice
class PageAttributes {

	private final String contactEmail;

	PageAttributes(@Value("${sesu.contact.email}") String contactEmail) {
		this.contactEmail = contactEmail;
	}

	/**
	 * Seconds before the idle timeout ends this session (0 without one): the layout's warning
	 * ({@code /js/session.js}) offers to stay signed in shortly before.
	 */
	@ModelAttribute("sessionIdleSeconds")
	int sessionIdleSeconds(jakarta.servlet.http.HttpServletRequest request) {
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		return session == null ? 0 : session.getMaxInactiveInterval();
	}

	/** The page's own path, for forms that come back to it (the session warning's button without script). */
	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Which links the navigation shows, decided once per page from the signed-in person's roles
	 * (the navigation is rendered twice: a row on a wide screen, the "Menu" on a phone).
	 */
	@ModelAttribute("menu")
	Menu menu() {
		return Menu.of(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The navigation's choices. {@code fullySignedIn}: every sign-in step passed — staff, partners
	 * and admins between the password and the code see no menu of theirs yet (the code page is not
	 * signed in). Links are only for the person's own pages; the routes decide access themselves.
	 */
	record Menu(boolean signedIn, boolean fullySignedIn, boolean professional, boolean casework, boolean staff,
			boolean admin) {

		static Menu of(Authentication authentication) {
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				return new Menu(false, false, false, false, false, false);
			}
			Set<String> authorities = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
			boolean twoFactors = authorities.stream().anyMatch(SecurityConfiguration.TWO_FACTOR_ROLES::contains);
			boolean staff = authorities.contains(Role.STAFF.authority());
			return new Menu(true, !twoFactors || authorities.contains(FactorGrantedAuthority.OTT_AUTHORITY),
					authorities.contains(Role.PROFESSIONAL.authority()),
					staff || authorities.contains(Role.PARTNER.authority()), staff,
					authorities.contains(Role.ADMIN.authority()));
		}

	}

	@ModelAttribute("contactEmail")
	String contactEmail() {
		return contactEmail;
	}

}
