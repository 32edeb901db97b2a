package be.femmesetsante.sesu.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import be.femmesetsante.sesu.account.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the layout shows on every page, whichever module's controller rendered it: request
 * attributes, which Thymeleaf reads like the model, set once before the handler runs. Issue 13: as
 * {@code @ModelAttribute} methods of a {@code @ControllerAdvice}, Spring MVC built a new handler
 * method for each of them on every request, reading their annotations again (an eighth of the
 * controller's time on the casework page); pages rendered by an {@code @ExceptionHandler} (the
 * limit page) now get them too. A handler that changes who is signed in redirects, so the menu
 * computed before it is never shown stale.
 */
@Component
class PageAttributes implements HandlerInterceptor, WebMvcConfigurer {

	private final String contactEmail;

	PageAttributes(@Value("${sesu.contact.email}") String contactEmail) {
		this.contactEmail = contactEmail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		HttpSession session = request.getSession(false);
		// Seconds before the idle timeout ends this session (0 without one): the layout's warning
		// (/js/session.js) offers to stay signed in shortly before.
		request.setAttribute("sessionIdleSeconds", session == null ? 0 : session.getMaxInactiveInterval());
		// The page's own path, for forms that come back to it (the session warning's button without script).
		request.setAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		// Which links the navigation shows, decided once per page from the signed-in person's roles
		// (the navigation is rendered twice: a row on a wide screen, the "Menu" on a phone).
		request.setAttribute("menu", Menu.of(SecurityContextHolder.getContext().getAuthentication()));
		request.setAttribute("contactEmail", contactEmail);
		return true;
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

}
