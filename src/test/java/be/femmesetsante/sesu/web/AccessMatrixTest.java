package be.femmesetsante.sesu.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.RequestSummary;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.SignedIn;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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

	/** Stands for professional A's real request in the URLs; replaced once it exists. */
	static final String A_REQUEST = "{A_REQUEST}";

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
		// The second step of the team's sign-in: only between password and code; everyone here is
		// either not signed in or fully signed in, so it sends them to the sign-in page.
		row("GET /login/code", "/login/code", SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN);
		row("POST /login/code/resend", "/login/code/resend", SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN);
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
		// Partners never read the thread nor its documents (Audience.PARTNER): refused like admins.
		row("GET /requests/{reference}/documents/{id}", "/requests/SESU-2000-0001/documents/1", SIGN_IN, NOT_FOUND,
				NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		// Casework (sessions, workshops, follow-ups, dashboard). The matrix's staff and partner are not
		// real accounts and SESU-2000-0001 / workshop 999999999 do not exist: reads answer 404 (Brussels
		// and Wallonia requests with real ids are in CaseworkIntegrationTest); a staff post with empty
		// fields on a request that does not exist is not found (404); partners read only, so every post is 403.
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
		row("POST /casework/workshops/{id}/requests/{requestId}/detach",
				"/casework/workshops/999999999/requests/999999999/detach", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				FORBIDDEN, FORBIDDEN);
		row("POST /casework/workshops/{id}/requests/{requestId}/participants",
				"/casework/workshops/999999999/requests/999999999/participants?participants=1", SIGN_IN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/sessions", "/casework/requests/SESU-2000-0001/sessions", SIGN_IN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/contacts", "/casework/requests/SESU-2000-0001/contacts", SIGN_IN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/next-actions", "/casework/requests/SESU-2000-0001/next-actions",
				SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/next-actions/{id}/done",
				"/casework/requests/SESU-2000-0001/next-actions/999999999/done", SIGN_IN, FORBIDDEN, FORBIDDEN,
				NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/time", "/casework/requests/SESU-2000-0001/time", SIGN_IN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		// "Mes données" (privacy): professionals only; the export holds their own organisation's data only.
		row("GET /my-data", "/my-data", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /my-data/export", "/my-data/export", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// The professional's pages (issue 4). Staff and partners get their own pages in casework.
		row("GET /organisation", "/organisation", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// An empty form comes back with its errors (422, Unprocessable Content), for any professional.
		row("POST /organisation", "/organisation", SIGN_IN, 422, 422, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Both professionals belong to an organisation already: back to their profile.
		row("POST /organisation/join", "/organisation/join", SIGN_IN, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests", "/requests", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests/new", "/requests/new", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /requests/new", "/requests/new", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Professional A's request: another organisation's professional gets the same 404 as for a missing one.
		row("GET /requests/{reference}", "/requests/" + A_REQUEST, SIGN_IN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("GET /requests/{reference}/sent", "/requests/" + A_REQUEST + "/sent", SIGN_IN, OK, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		// A stale version: A's page explains that the request changed (nothing withdrawn); B gets 404.
		row("POST /requests/{reference}/withdraw", "/requests/" + A_REQUEST + "/withdraw?version=999", SIGN_IN, OK,
				NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Casework (inbox, a request's casework page): staff read and act, partners read Brussels
		// requests (A's is in Brussels; CaseworkAccessTest checks Wallonia ones: 404). The actions use a
		// reference that does not exist, so no persona moves A's request. Professionals and admins: 403.
		row("GET /casework/inbox", "/casework/inbox", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN);
		row("GET /casework/requests/{reference}", "/casework/requests/" + A_REQUEST, SIGN_IN, FORBIDDEN, FORBIDDEN,
				OK, OK, FORBIDDEN);
		for (String action : new String[] { "lead", "accept", "start", "decline", "redirect", "close" }) {
			row("POST /casework/requests/{reference}/" + action, "/casework/requests/SESU-2000-0001/" + action, SIGN_IN,
					FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		}
		// Test-only route (src/test): shows the 500 page in browser tests.
		row("GET /test-only/failing-page", "/test-only/failing-page", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR,
				SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	SupportRequests supportRequests;

	/** Two real organisations, a professional of each, and one request of A's organisation. */
	private final Map<Persona, PortalUser> users = new EnumMap<>(Persona.class);

	private String aReference;

	@BeforeEach
	void twoOrganisationsAndARequestOfA() {
		PortalUser a = professional("matrix-a@example.org", "Maison médicale Matrice A", "1000");
		PortalUser b = professional("matrix-b@example.org", "Planning Matrice B", "5000");
		users.put(Persona.PROFESSIONAL_A, a);
		users.put(Persona.PROFESSIONAL_B, b);
		users.put(Persona.STAFF, new PortalUser(-3L, "staff@example.org", "Staff", Role.STAFF, null, null, true));
		users.put(Persona.PARTNER, new PortalUser(-4L, "partner@example.org", "Partner", Role.PARTNER, null, null, true));
		users.put(Persona.ADMIN, new PortalUser(-5L, "admin@example.org", "Admin", Role.ADMIN, null, null, true));
		Actor actorA = Actor.of(a);
		aReference = supportRequests.listVisible(actorA, PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(RequestSummary::reference)
			.orElseGet(() -> supportRequests.submit(actorA, new SubmitRequest("Relire nos affiches", "Nos affiches.",
					null, List.of(), Set.of(SupportKind.TOOL_REVIEW), null, PreferredFormat.TEAM, null, null,
					"2026-11-v1")));
	}

	private PortalUser professional(String email, String organisationName, String postalCode) {
		OrganisationView organisation = organisations.findFirstByName(organisationName)
			.orElseGet(() -> organisations.register(new NewOrganisation(organisationName, Sector.MAISON_MEDICALE, null,
					"Rue Haute 1", postalCode, "Commune", null, null, "Contact", null)));
		return accounts.createProfessional(email, "Pro " + organisationName, null, organisation.id());
	}

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
				MockHttpServletResponse response = perform(method,
						entry.getValue().url().replace(A_REQUEST, aReference), persona);
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

	/**
	 * Two factors for the team, from one place: on every route that needs an account, staff, partners
	 * and admins who have passed only their password are sent to the code page, whatever the route.
	 * A route added later for these roles gets the same answer without anyone writing it down.
	 */
	@Test
	void theTeamWithThePasswordAloneIsSentToTheCodePageOnEveryRouteThatNeedsAnAccount() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Row> entry : MATRIX.entrySet()) {
			if (entry.getValue().expected().get(Persona.ANONYMOUS) != SIGN_IN || entry.getKey().contains("/login/code")) {
				continue;
			}
			String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
			for (Persona persona : List.of(Persona.STAFF, Persona.PARTNER, Persona.ADMIN)) {
				MockHttpServletResponse response = perform(method, entry.getValue().url().replace(A_REQUEST, aReference),
						persona, false);
				int status = response == null ? SERVER_ERROR : response.getStatus();
				boolean refused = entry.getValue().expected().get(persona) == FORBIDDEN;
				boolean toCodePage = status == FOUND
						&& String.valueOf(response.getRedirectedUrl()).contains("/login/code");
				if (!(toCodePage || (refused && status == FORBIDDEN))) {
					wrong.add("%s as %s with the password only: got %d %s".formatted(entry.getKey(), persona, status,
							response == null || response.getRedirectedUrl() == null ? "" : "→ " + response.getRedirectedUrl()));
				}
			}
		}
		assertThat(wrong).as("routes a team member reaches without the second factor").isEmpty();
	}

	private MockHttpServletResponse perform(String method, String url, Persona persona) throws Exception {
		return perform(method, url, persona, true);
	}

	private MockHttpServletResponse perform(String method, String url, Persona persona, boolean bothFactors)
			throws Exception {
		HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
		MockHttpServletRequestBuilder request = request(httpMethod, url);
		if (httpMethod != HttpMethod.GET) {
			request.with(csrf());
		}
		PortalUser user = users.get(persona);
		if (user != null) {
			// Professionals with their one factor, the link; the team with password and code, or the password only.
			request.with(authentication(bothFactors ? SignedIn.authenticationOf(user)
					: SignedIn.withFactors(user, FactorGrantedAuthority.PASSWORD_AUTHORITY)));
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
