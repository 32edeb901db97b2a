package be.femmesetsante.sesu.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.support.IntegrationTest;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach what. Every route Spring MVC knows (the portal's controllers and the actuator) must
 * have a row here saying what each persona gets; a route without a row fails the test, so no page
 * can be added without deciding who may see it. The answers are checked through the real filter
 * chain against the real database.
 */
@IntegrationTest
class AccessMatrixTest {

	enum Persona {
		ANONYMOUS, PROFESSIONAL_A, PROFESSIONAL_B, STAFF, PARTNER, ADMIN
	}

	/** 302 to the sign-in page: what an anonymous visitor gets for a page that needs an account. */
	static final int SIGN_IN = 1302;

	static final int OK = 200;

	static final int FOUND = 302;

	static final int FORBIDDEN = 403;

	static final int NOT_FOUND = 404;

	static final int SERVER_ERROR = 500;

	/** Route ("METHOD /pattern") → the concrete URL to try and the answer per persona. */
	static final Map<String, Row> MATRIX = new LinkedHashMap<>();

	static {
		row("GET /", "/", OK, OK, OK, OK, OK, OK);
		row("GET /privacy", "/privacy", OK, OK, OK, OK, OK, OK);
		row("GET /login", "/login", OK, OK, OK, OK, OK, OK);
		// Asking for a sign-in link: the filter answers when a link is made; the page only when none is.
		row("POST /login/link", "/login/link", OK, OK, OK, OK, OK, OK);
		row("GET /login/link-sent", "/login/link-sent", OK, OK, OK, OK, OK, OK);
		row("GET /login/ott", "/login/ott?token=unknown", OK, OK, OK, OK, OK, OK);
		// Without a valid one-time link the set-up page does not exist, for anyone.
		row("GET /setup", "/setup?token=unknown", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND);
		row("POST /setup", "/setup?token=unknown", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND);
		row("GET /account", "/account", SIGN_IN, OK, OK, OK, OK, OK);
		// Boot's error controller, reached directly (no error to show): our error page, never a trace.
		row("ANY /error", "/error", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
		// Actuator: health and its probes are public; the rest is not exposed at all.
		row("GET /actuator", "/actuator", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /actuator/health", "/actuator/health", OK, OK, OK, OK, OK, OK);
		row("GET /actuator/health/**", "/actuator/health/readiness", OK, OK, OK, OK, OK, OK);
		// Messages and documents (messaging). The matrix's professionals belong to no real organisation,
		// so any reference is outside their scope: 404 exactly like a missing one (ConversationsIntegrationTest
		// checks real requests of two organisations). Partners only read; admins have no access to cases.
		row("POST /requests/{reference}/messages", "/requests/SESU-2000-0001/messages", SIGN_IN, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/documents", "/requests/SESU-2000-0001/documents", SIGN_IN, NOT_FOUND,
				NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("GET /requests/{reference}/documents/{id}", "/requests/SESU-2000-0001/documents/1", SIGN_IN, NOT_FOUND,
				NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN);
		// Casework (sessions, workshops, follow-ups, dashboard). The matrix's staff and partner are not
		// real accounts and SESU-2000-0001 / workshop 999999999 do not exist: reads answer 404 (Brussels
		// and Wallonia requests with real ids are in CaseworkIntegrationTest); a staff post with empty
		// fields is refused back to its form (302); partners read only, so every post is 403.
		row("GET /casework/dashboard", "/casework/dashboard", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN);
		row("GET /casework/workshops", "/casework/workshops", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN);
		row("POST /casework/workshops", "/casework/workshops", SIGN_IN, FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN,
				FORBIDDEN);
		row("GET /casework/workshops/{id}", "/casework/workshops/999999999", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				NOT_FOUND, FORBIDDEN);
		row("POST /casework/workshops/{id}", "/casework/workshops/999999999", SIGN_IN, FORBIDDEN, FORBIDDEN, FOUND,
				FORBIDDEN, FORBIDDEN);
		row("POST /casework/workshops/{id}/requests", "/casework/workshops/999999999/requests?participants=1",
				SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/workshops/{id}/requests/{requestId}/participants",
				"/casework/workshops/999999999/requests/999999999/participants?participants=1", SIGN_IN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("GET /casework/requests/{reference}/follow-up", "/casework/requests/SESU-2000-0001/follow-up", SIGN_IN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN);
		row("POST /casework/requests/{reference}/sessions", "/casework/requests/SESU-2000-0001/sessions", SIGN_IN,
				FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/contacts", "/casework/requests/SESU-2000-0001/contacts", SIGN_IN,
				FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/next-actions", "/casework/requests/SESU-2000-0001/next-actions",
				SIGN_IN, FORBIDDEN, FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/next-actions/{id}/done",
				"/casework/requests/SESU-2000-0001/next-actions/999999999/done", SIGN_IN, FORBIDDEN, FORBIDDEN,
				NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/time", "/casework/requests/SESU-2000-0001/time", SIGN_IN, FORBIDDEN,
				FORBIDDEN, FOUND, FORBIDDEN, FORBIDDEN);
		// "Mes données" (privacy): professionals only; the export holds their own organisation's data only.
		row("GET /my-data", "/my-data", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /my-data/export", "/my-data/export", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Test-only route (src/test): shows the 500 page in browser tests.
		row("GET /test-only/failing-page", "/test-only/failing-page", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR,
				SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void everyRouteHasARowAndEveryRowIsARoute() {
		Set<String> routes = routes();
		assertThat(routes).as("routes with no row in the access matrix: decide who may see them")
			.isSubsetOf(MATRIX.keySet());
		assertThat(MATRIX.keySet()).as("rows for routes that no longer exist").isSubsetOf(routes);
	}

	@Test
	void eachPersonaGetsTheExpectedAnswerOnEveryRoute() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Row> entry : MATRIX.entrySet()) {
			String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
			for (Persona persona : Persona.values()) {
				int expected = entry.getValue().expected().get(persona);
				MockHttpServletResponse response = perform(method, entry.getValue().url(), persona);
				int actual = response == null ? SERVER_ERROR : response.getStatus();
				boolean matches = expected == SIGN_IN
						? actual == FOUND && String.valueOf(response.getRedirectedUrl()).endsWith("/login")
						: actual == expected;
				if (!matches) {
					wrong.add("%s as %s: expected %s, got %d %s".formatted(entry.getKey(), persona,
							expected == SIGN_IN ? "302 to /login" : expected, actual,
							response == null || response.getRedirectedUrl() == null ? "" : "→ " + response.getRedirectedUrl()));
				}
			}
		}
		assertThat(wrong).as("answers that differ from the access matrix").isEmpty();
	}

	private MockHttpServletResponse perform(String method, String url, Persona persona) throws Exception {
		HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
		MockHttpServletRequestBuilder request = request(httpMethod, url);
		if (httpMethod != HttpMethod.GET) {
			request.with(csrf());
		}
		PortalUser user = userFor(persona);
		if (user != null) {
			request.with(user(user));
		}
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (ServletException ex) {
			// MockMvc has no servlet container to turn an exception into the 500 page: the
			// browser test checks that page; here an exception counts as a 500.
			return null;
		}
	}

	static PortalUser userFor(Persona persona) {
		return switch (persona) {
			case ANONYMOUS -> null;
			case PROFESSIONAL_A -> new PortalUser(-1L, "pro-a@example.org", "Pro A", Role.PROFESSIONAL, -10L, null, true);
			case PROFESSIONAL_B -> new PortalUser(-2L, "pro-b@example.org", "Pro B", Role.PROFESSIONAL, -20L, null, true);
			case STAFF -> new PortalUser(-3L, "staff@example.org", "Staff", Role.STAFF, null, null, true);
			case PARTNER -> new PortalUser(-4L, "partner@example.org", "Partner", Role.PARTNER, null, null, true);
			case ADMIN -> new PortalUser(-5L, "admin@example.org", "Admin", Role.ADMIN, null, null, true);
		};
	}

	/** Every "METHOD /pattern" pair of every request-mapping handler mapping in the context. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : info.getPatternValues()) {
					methods.forEach(m -> routes.add(m + " " + pattern));
				}
			}
		}
		return routes;
	}

	record Row(String url, Map<Persona, Integer> expected) {
	}

	private static void row(String route, String url, int... answers) {
		Map<Persona, Integer> expected = new EnumMap<>(Persona.class);
		for (Persona persona : Persona.values()) {
			expected.put(persona, answers[persona.ordinal()]);
		}
		MATRIX.put(route, new Row(url, expected));
	}

}
