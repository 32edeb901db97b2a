package be.femmesetsante.sesu.web;

import org.springframework.beans.factory.annotation.Value;
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
	 * Whether the person has passed every sign-in step: staff, partners and admins between the
	 * password and the code see no menu of theirs yet (the code page is not signed in).
	 */
	@ModelAttribute("fullySignedIn")
	boolean fullySignedIn() {
		org.springframework.security.core.Authentication authentication =
				org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		java.util.Set<String> authorities = authentication.getAuthorities().stream()
			.map(org.springframework.security.core.GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		boolean twoFactors = authorities.stream().anyMatch(SecurityConfiguration.TWO_FACTOR_ROLES::contains);
		return !twoFactors || authorities.contains(
				org.springframework.security.core.authority.FactorGrantedAuthority.OTT_AUTHORITY);
	}

	@ModelAttribute("contactEmail")
	String contactEmail() {
		return contactEmail;
	}

}
