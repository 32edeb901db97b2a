package be.femmesetsante.sesu.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;

/**
 * Addresses no controller (nor actuator endpoint) answers: a signed-in person who mistypes one gets
 * the portal's "page not found", not "access refused" (which would say the page exists). Every
 * address a controller answers keeps its own rule, and "deny" for any route without one.
 */
class UnknownRoutes implements RequestMatcher {

	private final ApplicationContext context;

	UnknownRoutes(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		for (AbstractHandlerMethodMapping<?> mapping : context.getBeansOfType(AbstractHandlerMethodMapping.class)
			.values()) {
			try {
				if (mapping.getHandler(request) != null) {
					return false;
				}
			}
			catch (Exception ex) {
				// A known address asked with another method, or any doubt: not unknown.
				return false;
			}
		}
		return true;
	}
}
