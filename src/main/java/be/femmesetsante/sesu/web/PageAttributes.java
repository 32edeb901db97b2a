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

	@ModelAttribute("contactEmail")
	String contactEmail() {
		return contactEmail;
	}

}
