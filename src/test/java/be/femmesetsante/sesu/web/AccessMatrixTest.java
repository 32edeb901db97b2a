package be.femmesetsante.sesu.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.Conversations;
import be.femmesetsante.sesu.messaging.MessagingFixture;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.PasskeyFixture;
import be.femmesetsante.sesu.support.SignedIn;
import jakarta.servlet.ServletException;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.femmesetsante.sesu.report.Evaluations;
import be.femmesetsante.sesu.shared.Region;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach what, with real people and real data. Every route Spring MVC knows (the portal's
 * controllers and the actuator) must have a row here saying what each persona gets; a route
 * without a row fails the test, so no page can be added without deciding who may see it.
 * <p>
 * The six personas are real accounts in the database, signed in the way the portal signs them in
 * (professionals with the e-mailed link; staff, partner and admin with password and code): a
 * professional of a Brussels organisation (A), one of a Wallonia organisation (B), staff, an OSS
 * partner and an admin. Every id-bearing route is tried with real ids: A's Brussels request, B's
 * Wallonia request, a message and a document on A's request, a workshop holding A's request (and
 * requests of a second Brussels organisation and of B's), a workshop holding only B's Wallonia
 * request, a session, a contact, a next action and time logged on A's request. The expected
 * answers are the access policy ({@code Audience}, {@code Scope}): another organisation's request
 * is a 404 like a missing one; the partner reads Brussels cases, never Wallonia ones (404), never
 * the thread or its documents (403); admins see no case (403).
 * <p>
 * Every page a persona may open is also searched for texts that persona must never read (session
 * notes, a contact's summary, what a next action says, the thread, another organisation's name,
 * a Wallonia request's title and workshop).
 * <p>
 * The world is made once per test JVM and shared by this class's tests; the staff posts that
 * change something either add a row (a session, a contact…) or repeat what is there (the same
 * workshop details, the same count, an action marked done again), and every lifecycle move is sent
 * with a stale version (409, nothing moves), so the answers are the same however often the matrix
 * runs. Nothing here depends on other tests' data.
 */
@IntegrationTest
class AccessMatrixTest {

	enum Persona {
		ANONYMOUS, PROFESSIONAL_A, PROFESSIONAL_B, STAFF, PARTNER, ADMIN
	}

	/** 302 to the sign-in page: what an anonymous visitor gets for a page that needs an account. */
	static final int SIGN_IN = 1302;

	/** 302 back to the page, the change done (not to a form's anchor, not to the sign-in page). */
	static final int SAVED = 2302;

	/** 302 back to the form ("#…-form") with the reason: the person got through, the data was refused. */
	static final int REFUSED = 3302;

	static final int OK = 200;

	/** Any other redirect. */
	static final int FOUND = 302;

	static final int FORBIDDEN = 403;

	static final int NOT_FOUND = 404;

	/** The page itself answers, the form refused with the reason beside it and the typed values in it. */
	static final int UNPROCESSABLE = 422;

	/** A lifecycle move sent with a stale version: the page says someone changed the request; nothing moves. */
	static final int CONFLICT = 409;

	static final int SERVER_ERROR = 500;

	// Placeholders for the world's real ids in the URLs.

	/** Professional A's Brussels request: a consultation in progress, with sessions and follow-ups. */
	static final String A = "<A>";

	/**
	 * Professional A's other Brussels request, accepted as a workshop and gathered in the Brussels
	 * workshop with two other organisations' requests (a consultation cannot join a workshop).
	 */
	static final String A_WORKSHOP = "<A_WORKSHOP>";

	static final String A_WORKSHOP_ID = "<A_WORKSHOP_ID>";

	/** A document A shared on their request. */
	static final String A_DOCUMENT = "<A_DOCUMENT>";

	/** A next action on A's request. */
	static final String A_ACTION = "<A_ACTION>";

	/** A session, a contact and time logged on A's request by the staff persona (they may correct them). */
	static final String A_SESSION = "<A_SESSION>";

	static final String A_CONTACT = "<A_CONTACT>";

	static final String A_TIME = "<A_TIME>";

	/** Professional B's Wallonia request, accepted as a workshop, in the Wallonia workshop. */
	static final String W = "<W>";

	/** A next action on B's Wallonia request. */
	static final String W_ACTION = "<W_ACTION>";

	/** A workshop holding A's request, a request of another Brussels organisation and one of B's. */
	static final String BRUSSELS_WORKSHOP = "<BRUSSELS_WORKSHOP>";

	/** A workshop holding only B's Wallonia request. */
	static final String WALLONIA_WORKSHOP = "<WALLONIA_WORKSHOP>";

	/** The evaluation token mailed for A's request (invited in the world, never answered). */
	static final String EVALUATION_TOKEN = "<EVALUATION_TOKEN>";

	/** The staff account's id (an action's assignee, a workshop's facilitator). */
	static final String STAFF_ID = "<STAFF_ID>";

	/** The admin's, the partner's and organisation A's ids (admin slice). */
	static final String ADMIN_ID = "<ADMIN_ID>";

	static final String PARTNER_ID = "<PARTNER_ID>";

	static final String ORGANISATION_A = "<ORGANISATION_A>";

	/**
	 * A pending ask to join an organisation, from a professional who belongs to another already:
	 * confirming it is refused (one organisation per professional, 422) and it stays pending.
	 */
	static final String PENDING_JOIN = "<PENDING_JOIN>";

	/** An ask to join from a professional of no organisation, refused by staff already: deciding again is refused (422). */
	static final String DECIDED_JOIN = "<DECIDED_JOIN>";

	/** A professional's account, deleted (anonymised): no longer an account to administer, for admins too (404). */
	static final String DELETED_ACCOUNT = "<DELETED_ACCOUNT>";

	/** The staff persona's passkey, and one of another staff member (passkeys, issue 12). */
	static final String STAFF_PASSKEY = "<STAFF_PASSKEY>";

	static final String OTHER_PASSKEY = "<OTHER_PASSKEY>";

	/** The workshops' own details, sent again unchanged when staff "edit" them. */
	static final String BRUSSELS_WORKSHOP_DETAILS = "theme=<BRUSSELS_THEME>&dates=2026-06-02&place=Rue+Haute+1&facilitators="
			+ STAFF_ID;

	static final String WALLONIA_WORKSHOP_DETAILS = "theme=<WALLONIA_THEME>&dates=2026-06-09&place=Rue+de+Fer+5&facilitators="
			+ STAFF_ID;

	/** How many of A's people take part in the Brussels workshop: set again, unchanged. */
	static final int A_PARTICIPANTS = 3;

	/** Route ("METHOD /pattern") → the concrete URLs to try and the answer per persona. */
	static final Map<String, List<Probe>> MATRIX = new LinkedHashMap<>();

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
		// "Rester connecté·e" before the idle timeout: 204 for the script, for anyone signed in.
		row("POST /session/extend", "/session/extend", SIGN_IN, 204, 204, 204, 204, 204);
		// Boot's error controller, reached directly (no error to show): our error page, never a trace.
		row("ANY /error", "/error", SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
		// Actuator: health and its probes are public; the rest is not exposed at all.
		row("GET /actuator", "/actuator", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /actuator/health", "/actuator/health", OK, OK, OK, OK, OK, OK);
		row("GET /actuator/health/**", "/actuator/health/readiness", OK, OK, OK, OK, OK, OK);

		// The thread (messaging): the request's organisation and the team, never partners nor admins
		// (403); another organisation's request is a 404. An empty message and a post without a file
		// come back to their form: the person got through, nothing is posted.
		row("POST /requests/{reference}/messages", "/requests/" + A + "/messages", SIGN_IN, REFUSED, NOT_FOUND, REFUSED,
				FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/messages", "/requests/" + W + "/messages", SIGN_IN, NOT_FOUND, REFUSED, REFUSED,
				FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/documents", "/requests/" + A + "/documents", SIGN_IN, REFUSED, NOT_FOUND,
				REFUSED, FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/documents", "/requests/" + W + "/documents", SIGN_IN, NOT_FOUND, REFUSED,
				REFUSED, FORBIDDEN, FORBIDDEN);
		row("GET /requests/{reference}/documents/{id}", "/requests/" + A + "/documents/" + A_DOCUMENT, SIGN_IN, OK,
				NOT_FOUND, OK, FORBIDDEN, FORBIDDEN);
		// A's document asked for under B's request: it is not that request's, for anyone.
		row("GET /requests/{reference}/documents/{id}", "/requests/" + W + "/documents/" + A_DOCUMENT, SIGN_IN,
				NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN);

		// Casework: the team's pages. Staff read and act on both regions; the partner reads Brussels
		// cases and workshops holding one (a Wallonia request or workshop does not exist for them) and
		// is refused every post; professionals and admins never reach them.
		row("GET /casework/dashboard", "/casework/dashboard", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN);
		row("GET /casework/inbox", "/casework/inbox", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN);
		row("GET /casework/requests/{reference}", "/casework/requests/" + A, SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK,
				FORBIDDEN);
		row("GET /casework/requests/{reference}", "/casework/requests/" + W, SIGN_IN, FORBIDDEN, FORBIDDEN, OK,
				NOT_FOUND, FORBIDDEN);
		row("GET /casework/requests/{reference}", "/casework/requests/" + A_WORKSHOP, SIGN_IN, FORBIDDEN, FORBIDDEN,
				OK, OK, FORBIDDEN);
		// Lifecycle moves with a stale version: staff reach the move on a real request and are told it
		// changed meanwhile (409); nothing moves, so the matrix can run again.
		for (String action : new String[] { "lead", "accept", "start", "decline", "redirect", "close" }) {
			for (String request : new String[] { A, W }) {
				row("POST /casework/requests/{reference}/" + action,
						"/casework/requests/" + request + "/" + action + "?version=-1", SIGN_IN, FORBIDDEN, FORBIDDEN,
						CONFLICT, FORBIDDEN, FORBIDDEN);
			}
		}
		// Work logged on A's request (a consultation in progress): each post adds a row on A's request.
		row("POST /casework/requests/{reference}/sessions", "/casework/requests/" + A
				+ "/sessions?date=2026-03-12&duration=60&mode=ON_SITE&participants=4&place=Rue+Haute+1", SIGN_IN,
				FORBIDDEN, FORBIDDEN, SAVED, FORBIDDEN, FORBIDDEN);
		// B's request is accepted as a workshop: the rule refuses a session, after the access checks; the
		// request's page answers 422 with the reason and the typed values.
		row("POST /casework/requests/{reference}/sessions", "/casework/requests/" + W
				+ "/sessions?date=2026-03-12&duration=60&mode=ON_SITE&participants=4&place=Rue+Haute+1", SIGN_IN,
				FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/contacts",
				"/casework/requests/" + A + "/contacts?date=2026-03-13&channel=PHONE", SIGN_IN, FORBIDDEN, FORBIDDEN,
				SAVED, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/next-actions", "/casework/requests/" + A
				+ "/next-actions?what=Relancer&dueDate=2026-12-01&assignee=" + STAFF_ID, SIGN_IN, FORBIDDEN, FORBIDDEN,
				SAVED, FORBIDDEN, FORBIDDEN);
		row("POST /casework/requests/{reference}/time",
				"/casework/requests/" + A + "/time?date=2026-03-12&minutes=30&activity=PREPARATION", SIGN_IN, FORBIDDEN,
				FORBIDDEN, SAVED, FORBIDDEN, FORBIDDEN);
		// Marking an action done as of a stale version: refused on the page (422), nothing changes.
		row("POST /casework/requests/{reference}/next-actions/{id}/done",
				"/casework/requests/" + A + "/next-actions/" + A_ACTION + "/done?version=-1", SIGN_IN, FORBIDDEN,
				FORBIDDEN, UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
		// Corrections of A's entries (dailyuse), each sent with a stale version: staff reach the entry
		// and are told it changed meanwhile (422), nothing changes; an entry asked for under B's request
		// is not that request's (404); partners, professionals and admins are refused before any lookup.
		String[][] corrections = {
				{ "sessions", A_SESSION, "&date=2026-03-12&duration=60&mode=ON_SITE&participants=4" },
				{ "contacts", A_CONTACT, "&date=2026-03-13&channel=PHONE" },
				{ "next-actions", A_ACTION, "&what=Relancer&dueDate=2026-12-01&assignee=" + STAFF_ID },
				{ "time", A_TIME, "&date=2026-03-12&minutes=30&activity=PREPARATION" } };
		for (String[] entry : corrections) {
			row("POST /casework/requests/{reference}/" + entry[0] + "/{id}", "/casework/requests/" + A + "/"
					+ entry[0] + "/" + entry[1] + "?version=-1" + entry[2], SIGN_IN, FORBIDDEN, FORBIDDEN,
					UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
			row("POST /casework/requests/{reference}/" + entry[0] + "/{id}", "/casework/requests/" + W + "/"
					+ entry[0] + "/" + entry[1] + "?version=-1" + entry[2], SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
					FORBIDDEN, FORBIDDEN);
			row("POST /casework/requests/{reference}/" + entry[0] + "/{id}/delete", "/casework/requests/" + A + "/"
					+ entry[0] + "/" + entry[1] + "/delete?version=-1", SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE,
					FORBIDDEN, FORBIDDEN);
			row("POST /casework/requests/{reference}/" + entry[0] + "/{id}/delete", "/casework/requests/" + W + "/"
					+ entry[0] + "/" + entry[1] + "/delete?version=-1", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
					FORBIDDEN, FORBIDDEN);
		}
		// Reopening with a stale version: 409 like every move (A is in progress, nothing moves).
		for (String request : new String[] { A, W }) {
			row("POST /casework/requests/{reference}/reopen", "/casework/requests/" + request + "/reopen?version=-1",
					SIGN_IN, FORBIDDEN, FORBIDDEN, CONFLICT, FORBIDDEN, FORBIDDEN);
		}
		// Cancelling a workshop with a stale version: refused on its page (422), nothing changes.
		for (String workshop : new String[] { BRUSSELS_WORKSHOP, WALLONIA_WORKSHOP }) {
			row("POST /casework/workshops/{id}/cancel", "/casework/workshops/" + workshop + "/cancel?version=-1",
					SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
		}
		// B's request's action, asked for under A's request: not A's, so not found, even for staff.
		row("POST /casework/requests/{reference}/next-actions/{id}/done",
				"/casework/requests/" + A + "/next-actions/" + W_ACTION + "/done", SIGN_IN, FORBIDDEN, FORBIDDEN,
				NOT_FOUND, FORBIDDEN, FORBIDDEN);
		row("GET /casework/workshops", "/casework/workshops", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN);
		// An empty workshop: the page answers 422 with the reason beside the form; nothing is created.
		row("POST /casework/workshops", "/casework/workshops", SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN,
				FORBIDDEN);
		row("GET /casework/workshops/{id}", "/casework/workshops/" + BRUSSELS_WORKSHOP, SIGN_IN, FORBIDDEN, FORBIDDEN,
				OK, OK, FORBIDDEN);
		row("GET /casework/workshops/{id}", "/casework/workshops/" + WALLONIA_WORKSHOP, SIGN_IN, FORBIDDEN, FORBIDDEN,
				OK, NOT_FOUND, FORBIDDEN);
		// Each workshop saved with an out-of-date version: 422, "changed meanwhile", nothing changes.
		row("POST /casework/workshops/{id}", "/casework/workshops/" + BRUSSELS_WORKSHOP + "?version=-1&"
				+ BRUSSELS_WORKSHOP_DETAILS, SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
		row("POST /casework/workshops/{id}", "/casework/workshops/" + WALLONIA_WORKSHOP + "?version=-1&"
				+ WALLONIA_WORKSHOP_DETAILS, SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN, FORBIDDEN);
		// A's workshop request is in this workshop already: refused (422) on the workshop's page, after the
		// access checks; A's consultation may not join a workshop at all: refused the same way.
		row("POST /casework/workshops/{id}/requests", "/casework/workshops/" + BRUSSELS_WORKSHOP
				+ "/requests?participants=1&reference=" + A_WORKSHOP, SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE,
				FORBIDDEN, FORBIDDEN);
		row("POST /casework/workshops/{id}/requests", "/casework/workshops/" + BRUSSELS_WORKSHOP
				+ "/requests?participants=1&reference=" + A, SIGN_IN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE, FORBIDDEN,
				FORBIDDEN);
		row("POST /casework/workshops/{id}/requests/{requestId}/participants", "/casework/workshops/"
				+ BRUSSELS_WORKSHOP + "/requests/" + A_WORKSHOP_ID + "/participants?participants=" + A_PARTICIPANTS, SIGN_IN,
				FORBIDDEN, FORBIDDEN, SAVED, FORBIDDEN, FORBIDDEN);
		// A's request is not in the Wallonia workshop.
		row("POST /casework/workshops/{id}/requests/{requestId}/participants", "/casework/workshops/"
				+ WALLONIA_WORKSHOP + "/requests/" + A_WORKSHOP_ID + "/participants?participants=" + A_PARTICIPANTS, SIGN_IN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);
		// Taking A's request out of the Wallonia workshop, where it is not: not found (WorkshopRulesTest
		// takes one out for real); everyone else is refused before anything is looked up.
		row("POST /casework/workshops/{id}/requests/{requestId}/detach", "/casework/workshops/" + WALLONIA_WORKSHOP
				+ "/requests/" + A_WORKSHOP_ID + "/detach", SIGN_IN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN);

		// "Mes données" (privacy): professionals only; the export holds their own organisation's data only.
		// Activity reports: staff both regions, the partner Brussels only (Wallonia is a 404, as its cases), with
		// every export; professionals and admins none.
		for (String route : List.of("/reports", "/reports/csv", "/reports/xlsx", "/reports/pdf")) {
			String pattern = "GET " + route;
			row(pattern, route + "?region=BRUSSELS&year=2026", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN);
			row(pattern, route + "?region=WALLONIA&year=2026", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN);
			row(pattern, route + "?region=WALLONIA&year=2026&quarter=2", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND,
					FORBIDDEN);
			row(pattern, route + "?region=WALLONIA&from=2026-01-01&to=2026-06-30", SIGN_IN, FORBIDDEN, FORBIDDEN, OK,
					NOT_FOUND, FORBIDDEN);
		}
		// The requesters' evaluation: the mailed token is the key, whoever holds it; an unknown one is a 404; an
		// empty answer is refused on the page (422), so the evaluation stays unanswered.
		row("GET /evaluation/{token}", "/evaluation/" + EVALUATION_TOKEN, OK, OK, OK, OK, OK, OK);
		row("GET /evaluation/{token}", "/evaluation/unknown-token", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND);
		row("POST /evaluation/{token}", "/evaluation/" + EVALUATION_TOKEN, UNPROCESSABLE, UNPROCESSABLE, UNPROCESSABLE,
				UNPROCESSABLE, UNPROCESSABLE, UNPROCESSABLE);
		row("POST /evaluation/{token}", "/evaluation/unknown-token", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND);
		row("GET /my-data", "/my-data", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /my-data/export", "/my-data/export", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// The professional's pages. Staff and partners get their own pages in casework.
		row("GET /organisation", "/organisation", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// An empty form comes back with its errors (422), for any professional.
		row("POST /organisation", "/organisation", SIGN_IN, UNPROCESSABLE, UNPROCESSABLE, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		// Both professionals belong to an organisation already: back to their profile.
		row("POST /organisation/join", "/organisation/join", SIGN_IN, FOUND, FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests", "/requests", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests/new", "/requests/new", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /requests/new", "/requests/new", SIGN_IN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Each organisation's request is its own: the other professional gets the 404 of a missing one.
		// A's requests, one with sessions, one in a workshop: still A's pages (the latter once answered 404).
		row("GET /requests/{reference}", "/requests/" + A, SIGN_IN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests/{reference}", "/requests/" + A_WORKSHOP, SIGN_IN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("GET /requests/{reference}", "/requests/" + W, SIGN_IN, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Correcting one's request (dailyuse): A's is in progress and B's accepted, too late for both
		// (back to the request's page with a notice); another organisation's request is a 404; an
		// empty form sent on one's own request comes back with its errors, nothing changes.
		row("GET /requests/{reference}/edit", "/requests/" + A + "/edit", SIGN_IN, FOUND, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		row("GET /requests/{reference}/edit", "/requests/" + W + "/edit", SIGN_IN, NOT_FOUND, FOUND, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/edit", "/requests/" + A + "/edit?version=-1", SIGN_IN, UNPROCESSABLE, NOT_FOUND,
				FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/edit", "/requests/" + W + "/edit?version=-1", SIGN_IN, NOT_FOUND, UNPROCESSABLE,
				FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET /requests/{reference}/sent", "/requests/" + A + "/sent", SIGN_IN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("GET /requests/{reference}/sent", "/requests/" + W + "/sent", SIGN_IN, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		// A stale version: the page explains that the request changed (nothing withdrawn).
		row("POST /requests/{reference}/withdraw", "/requests/" + A + "/withdraw?version=999", SIGN_IN, OK, NOT_FOUND,
				FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST /requests/{reference}/withdraw", "/requests/" + W + "/withdraw?version=999", SIGN_IN, NOT_FOUND, OK,
				FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Audit trail and retention (audit, retention): admins only; staff read a request's accesses on its page.
		row("GET /admin/audit", "/admin/audit?reference=" + A, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		row("GET /admin/audit/export", "/admin/audit/export?action=PAGE_READ", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, OK);
		row("GET /admin/retention", "/admin/retention", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		// The period sent again unchanged (24 months); a run anonymises only what is due (nothing in this world).
		row("POST /admin/retention/period", "/admin/retention/period?months=24", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, SAVED);
		row("POST /admin/retention/run", "/admin/retention/run", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				SAVED);
		// Admin slice (issue 9). Account administration: admins only. The posts are made so that
		// nothing changes: an admin's own account cannot be disabled or change role (422, the page
		// explains), staff are enabled again (they are), their second factor reset (no code pending),
		// an invitation without its fields is refused (422); the invitation link is unknown (404).
		row("GET /admin/accounts", "/admin/accounts", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		row("GET /admin/accounts/invite", "/admin/accounts/invite", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, OK);
		row("POST /admin/accounts/invite", "/admin/accounts/invite", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, UNPROCESSABLE);
		row("GET /admin/accounts/{id}", "/admin/accounts/" + STAFF_ID, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, OK);
		row("GET /admin/accounts/{id}", "/admin/accounts/" + DELETED_ACCOUNT, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		row("POST /admin/accounts/{id}/role", "/admin/accounts/" + ADMIN_ID + "/role?role=STAFF", SIGN_IN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		row("POST /admin/accounts/{id}/disable", "/admin/accounts/" + ADMIN_ID + "/disable", SIGN_IN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		row("POST /admin/accounts/{id}/enable", "/admin/accounts/" + STAFF_ID + "/enable", SIGN_IN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, SAVED);
		row("POST /admin/accounts/{id}/second-factor/reset", "/admin/accounts/" + PARTNER_ID + "/second-factor/reset",
				SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, SAVED);
		row("POST /admin/accounts/{id}/invitation", "/admin/accounts/" + STAFF_ID + "/invitation", SIGN_IN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		row("GET /invitation", "/invitation?token=unknown", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST /invitation", "/invitation?token=unknown", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// Mon compte: an empty name is refused on the page (422) for everyone signed in; deleting
		// one's account is for professionals, and without the ticked box it comes back to its form.
		row("POST /account", "/account?displayName=", SIGN_IN, UNPROCESSABLE, UNPROCESSABLE, UNPROCESSABLE,
				UNPROCESSABLE, UNPROCESSABLE);
		row("POST /account/delete", "/account/delete", SIGN_IN, REFUSED, REFUSED, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// Passkeys in Mon compte (issue 12): the team's own; someone else's passkey does not exist for
		// them (404); professionals have none (403). The removal is tried on another person's passkey
		// only, so nothing is removed and the matrix can run again (PasskeysTest removes one for real).
		row("GET /account/passkeys/{id}/delete", "/account/passkeys/" + STAFF_PASSKEY + "/delete", SIGN_IN, FORBIDDEN,
				FORBIDDEN, OK, NOT_FOUND, NOT_FOUND);
		row("GET /account/passkeys/{id}/delete", "/account/passkeys/" + OTHER_PASSKEY + "/delete", SIGN_IN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND);
		row("POST /account/passkeys/{id}/delete", "/account/passkeys/" + OTHER_PASSKEY + "/delete", SIGN_IN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND);
		// Asks to join an organisation: the team and admins decide, on real asks; the answers change nothing
		// (422: the professional belongs to an organisation already / the ask is decided already), so the
		// matrix can run again. Professionals and partners never reach them.
		row("GET /join-requests", "/join-requests", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK);
		for (String ask : new String[] { PENDING_JOIN, DECIDED_JOIN }) {
			row("POST /join-requests/{id}/confirm", "/join-requests/" + ask + "/confirm", SIGN_IN, FORBIDDEN, FORBIDDEN,
					UNPROCESSABLE, FORBIDDEN, UNPROCESSABLE);
		}
		row("POST /join-requests/{id}/refuse", "/join-requests/" + DECIDED_JOIN + "/refuse", SIGN_IN, FORBIDDEN,
				FORBIDDEN, UNPROCESSABLE, FORBIDDEN, UNPROCESSABLE);
		// Merging organisations: admins only; the same organisation twice is refused on the page.
		row("GET /admin/organisations/merge", "/admin/organisations/merge", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, OK);
		row("POST /admin/organisations/merge", "/admin/organisations/merge?keptId=" + ORGANISATION_A + "&mergedId="
				+ ORGANISATION_A, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		// --- refdata: earlier versions of the privacy notice are public (a request links to its own);
		// reference lists and the notice's versions are edited by admins only. The admin's posts are
		// refused (blank labels or texts: 422 with the typed values), so nothing changes and the matrix can
		// run again; an unknown list or entry is a 404.
		row("GET /privacy/{version}", "/privacy/2026-11-v1", OK, OK, OK, OK, OK, OK);
		row("GET /privacy/{version}", "/privacy/1999-01-v9", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("GET /admin/reference", "/admin/reference", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		for (String list : new String[] { "sectors", "kinds", "activities", "redirects" }) {
			row("GET /admin/reference/{list}", "/admin/reference/" + list, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
					FORBIDDEN, OK);
			row("POST /admin/reference/{list}", "/admin/reference/" + list + "?code=&labelFr=&labelEn=", SIGN_IN,
					FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		}
		row("GET /admin/reference/{list}", "/admin/reference/unknown", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		row("GET /admin/reference/{list}/{code}", "/admin/reference/sectors/HOPITAL", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, OK);
		row("GET /admin/reference/{list}/{code}", "/admin/reference/redirects/SENSOA", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, OK);
		row("GET /admin/reference/{list}/{code}", "/admin/reference/kinds/NO_SUCH_KIND", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND);
		row("POST /admin/reference/{list}/{code}", "/admin/reference/activities/TRAVEL?labelFr=&labelEn=&position=30"
				+ "&offered=true&version=0", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
		row("GET /admin/privacy", "/admin/privacy", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		row("POST /admin/privacy", "/admin/privacy?basedOn=1&textFr=&textEn=", SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, UNPROCESSABLE);
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
	SupportRequests requests;

	@Autowired
	Conversations conversations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	be.femmesetsante.sesu.organisation.OrganisationAdministration organisationAdministration;

	@Autowired
	Evaluations evaluations;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	/** The world, made once per test JVM (see the class comment). */
	private static World world;

	private static JdbcClient cleanup;

	@BeforeEach
	void theWorld() throws Exception {
		synchronized (AccessMatrixTest.class) {
			if (world == null) {
				world = makeWorld();
				cleanup = jdbc;
			}
		}
	}

	/**
	 * The admin account goes when the class is done: the first-run set-up test needs a database
	 * without any admin, and test classes run in no fixed order. No row refers to it.
	 */
	@AfterAll
	static void removeTheAdmin() {
		if (world != null && cleanup != null) {
			cleanup.sql("delete from account where id = ?").param(world.users().get(Persona.ADMIN).accountId()).update();
			world = null;
		}
	}

	@Test
	void everyRouteHasARowAndEveryRowIsARoute() {
		Set<String> routes = routes();
		assertThat(routes).as("routes with no row in the access matrix: decide who may see them")
			.isSubsetOf(MATRIX.keySet());
		assertThat(MATRIX.keySet()).as("rows for routes that no longer exist").isSubsetOf(routes);
	}

	@Test
	void eachPersonaGetsTheExpectedAnswerOnEveryRouteWithRealIds() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<String> leaks = new ArrayList<>();
		Map<String, Set<Persona>> read = new LinkedHashMap<>();
		world.secrets().keySet().forEach(secret -> read.put(secret, EnumSet.noneOf(Persona.class)));
		for (Map.Entry<String, List<Probe>> entry : MATRIX.entrySet()) {
			String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
			for (Probe probe : entry.getValue()) {
				String url = world.fill(probe.url());
				for (Persona persona : Persona.values()) {
					int expected = probe.expected().get(persona);
					MockHttpServletResponse response = perform(method, url, persona, true);
					if (!matches(expected, response)) {
						wrong.add("%s %s as %s: expected %s, got %s".formatted(method, url, persona, describe(expected),
								describe(response)));
					}
					leaks.addAll(world.leaks(persona, method + " " + url, response, read));
				}
			}
		}
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(wrong).as("answers that differ from the access matrix").isEmpty();
			softly.assertThat(leaks).as("texts shown to someone who must never read them").isEmpty();
			// And each of these texts is shown to each person who may read it: else the search above proves nothing.
			softly.assertThat(read).as("who read each text, on some page").isEqualTo(world.secrets());
		});
	}

	/**
	 * Two factors for the team, from one place: on every route that needs an account, staff, partners
	 * and admins who have passed only their password are sent to the code page, whatever the route.
	 * A route added later for these roles gets the same answer without anyone writing it down.
	 */
	@Test
	void theTeamWithThePasswordAloneIsSentToTheCodePageOnEveryRouteThatNeedsAnAccount() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<Probe>> entry : MATRIX.entrySet()) {
			if (entry.getKey().contains("/login/code")) {
				continue;
			}
			String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
			for (Probe probe : entry.getValue()) {
				if (probe.expected().get(Persona.ANONYMOUS) != SIGN_IN) {
					continue;
				}
				for (Persona persona : List.of(Persona.STAFF, Persona.PARTNER, Persona.ADMIN)) {
					MockHttpServletResponse response = perform(method, world.fill(probe.url()), persona, false);
					int status = response == null ? SERVER_ERROR : response.getStatus();
					boolean refused = probe.expected().get(persona) == FORBIDDEN;
					boolean toCodePage = status == FOUND
							&& String.valueOf(response.getRedirectedUrl()).contains("/login/code");
					if (!(toCodePage || (refused && status == FORBIDDEN))) {
						wrong.add("%s %s as %s with the password only: got %s".formatted(method, probe.url(), persona,
								describe(response)));
					}
				}
			}
		}
		assertThat(wrong).as("routes a team member reaches without the second factor").isEmpty();
	}

	/**
	 * Endpoints that Spring Security's filters answer, with no Spring MVC handler behind them (so not
	 * in {@link #routes()}): the passkey ceremonies ({@code webAuthn()}, issue 12). Same personas, same
	 * world; JSON bodies. Signing in with a passkey is open to all (a forged assertion is a 401);
	 * registering one is for the team fully signed in (401 not signed in, 403 professionals; the
	 * empty label is refused, 422; a credential without options asked first, 400); removing one through
	 * Spring Security's own endpoint, or its default registration page, is closed to all (Mon compte
	 * removes them).
	 */
	static final Map<String, List<Probe>> FILTER_MATRIX = new LinkedHashMap<>();

	static final String FORGED_ASSERTION = "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\","
			+ "\"response\":{\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\"},"
			+ "\"clientExtensionResults\":{}}";

	static {
		filterRow("POST /webauthn/authenticate/options", "/webauthn/authenticate/options", OK, OK, OK, OK, OK, OK);
		filterRow("POST /login/webauthn", "/login/webauthn|" + FORGED_ASSERTION, 401, 401, 401, 401, 401, 401);
		filterRow("POST /webauthn/register/options", "/webauthn/register/options", 401, FORBIDDEN, FORBIDDEN, OK, OK,
				OK);
		filterRow("POST /webauthn/register", "/webauthn/register|{\"publicKey\":{\"label\":\"\"}}", 401, FORBIDDEN,
				FORBIDDEN, UNPROCESSABLE, UNPROCESSABLE, UNPROCESSABLE);
		filterRow("POST /webauthn/register", "/webauthn/register|{\"publicKey\":{\"label\":\"Portable\","
				+ "\"credential\":{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":"
				+ "{\"attestationObject\":\"AAAA\",\"clientDataJSON\":\"AAAA\"}}}}", 401, FORBIDDEN, FORBIDDEN, 400, 400,
				400);
		filterRow("DELETE /webauthn/register/{id}", "/webauthn/register/" + STAFF_PASSKEY, SIGN_IN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN);
		filterRow("GET /webauthn/register", "/webauthn/register", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
	}

	@Test
	void eachPersonaGetsTheExpectedAnswerFromThePasskeyEndpoints() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<Probe>> entry : FILTER_MATRIX.entrySet()) {
			String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
			for (Probe probe : entry.getValue()) {
				String[] urlAndBody = world.fill(probe.url()).split("\\|", 2);
				for (Persona persona : Persona.values()) {
					int expected = probe.expected().get(persona);
					MockHttpServletResponse response = perform(method, urlAndBody[0], persona, true,
							request -> json(request, urlAndBody));
					if (!matches(expected, response)) {
						wrong.add("%s %s as %s: expected %s, got %s".formatted(method, urlAndBody[0], persona,
								describe(expected), describe(response)));
					}
				}
				// The team with the password alone may not register a passkey: finish signing in first.
				if (method.equals("POST") && urlAndBody[0].startsWith("/webauthn/register")) {
					for (Persona persona : List.of(Persona.STAFF, Persona.PARTNER, Persona.ADMIN)) {
						MockHttpServletResponse response = perform(method, urlAndBody[0], persona, false,
								request -> json(request, urlAndBody));
						if (!matches(FORBIDDEN, response)) {
							wrong.add("%s %s as %s with the password only: got %s".formatted(method, urlAndBody[0],
									persona, describe(response)));
						}
					}
				}
			}
		}
		assertThat(wrong).as("answers that differ from the passkey endpoints' matrix").isEmpty();
		assertThat(routes()).as("these are filters' endpoints, not Spring MVC routes")
			.doesNotContainAnyElementsOf(FILTER_MATRIX.keySet());
	}

	private static void json(MockHttpServletRequestBuilder request, String[] urlAndBody) {
		request.contentType(org.springframework.http.MediaType.APPLICATION_JSON);
		if (urlAndBody.length > 1) {
			request.content(urlAndBody[1]);
		}
	}

	private static void filterRow(String route, String url, int... answers) {
		Map<Persona, Integer> expected = new EnumMap<>(Persona.class);
		for (Persona persona : Persona.values()) {
			expected.put(persona, answers[persona.ordinal()]);
		}
		FILTER_MATRIX.computeIfAbsent(route, r -> new ArrayList<>()).add(new Probe(url, expected));
	}

	/** The answer codes' meaning, including the kinds of redirect. */
	@Test
	void aRedirectBackToAFormIsARefusalAnyOtherToThePageIsSaved() {
		MockHttpServletResponse refused = new MockHttpServletResponse();
		refused.setStatus(302);
		refused.setHeader("Location", "/casework/requests/SESU-2026-0001#contact-form");
		MockHttpServletResponse saved = new MockHttpServletResponse();
		saved.setStatus(302);
		saved.setHeader("Location", "/casework/requests/SESU-2026-0001#contacts");
		MockHttpServletResponse signIn = new MockHttpServletResponse();
		signIn.setStatus(302);
		signIn.setHeader("Location", "http://localhost/login");
		assertThat(matches(REFUSED, refused)).isTrue();
		assertThat(matches(SAVED, refused)).isFalse();
		assertThat(matches(SAVED, saved)).isTrue();
		assertThat(matches(REFUSED, saved)).isFalse();
		assertThat(matches(SIGN_IN, signIn)).isTrue();
		assertThat(matches(SAVED, signIn)).isFalse();
		assertThat(matches(FOUND, signIn)).isFalse();
	}

	static boolean matches(int expected, MockHttpServletResponse response) {
		int status = response == null ? SERVER_ERROR : response.getStatus();
		String location = response == null ? null : response.getRedirectedUrl();
		if (location == null && response != null) {
			location = response.getHeader("Location");
		}
		boolean redirect = status == FOUND && location != null;
		boolean toSignIn = redirect && (location.endsWith("/login") || location.contains("/login/code"));
		boolean toForm = redirect && location.matches(".*#[a-z-]+-form$");
		return switch (expected) {
			case SIGN_IN -> redirect && location.endsWith("/login");
			case SAVED -> redirect && !toSignIn && !toForm;
			case REFUSED -> toForm;
			case FOUND -> redirect && !toSignIn;
			default -> status == expected;
		};
	}

	private static String describe(int expected) {
		return switch (expected) {
			case SIGN_IN -> "302 to /login";
			case SAVED -> "302 back to the page (done)";
			case REFUSED -> "302 back to the form (refused)";
			default -> String.valueOf(expected);
		};
	}

	private static String describe(MockHttpServletResponse response) {
		if (response == null) {
			return "an exception (500)";
		}
		return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl());
	}

	/**
	 * The matrix for other tests (hostile input, headers): its routes ({@link #MATRIX}, {@link #routes()}),
	 * its world (made if no test made it yet) and {@link #perform} as each persona. The caller removes
	 * the world's admin when done ({@link #removeTheAdmin()}).
	 */
	static AccessMatrixTest reuse(AutowireCapableBeanFactory beans) throws Exception {
		AccessMatrixTest matrix = beans.createBean(AccessMatrixTest.class);
		matrix.theWorld();
		return matrix;
	}

	World world() {
		return world;
	}

	MockHttpServletResponse perform(String method, String url, Persona persona, boolean bothFactors)
			throws Exception {
		return perform(method, url, persona, bothFactors, request -> {
		});
	}

	/** Sends the request as the persona; {@code extra} adds parameters, headers... A thrown exception is a 500 (null). */
	MockHttpServletResponse perform(String method, String url, Persona persona, boolean bothFactors,
			Consumer<MockHttpServletRequestBuilder> extra) throws Exception {
		HttpMethod httpMethod = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
		MockHttpServletRequestBuilder request = request(httpMethod, url);
		extra.accept(request);
		if (httpMethod != HttpMethod.GET) {
			request.with(csrf());
		}
		PortalUser user = world.users().get(persona);
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
	Set<String> routes() {
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

	record Probe(String url, Map<Persona, Integer> expected) {
	}

	private static void row(String route, String url, int... answers) {
		Map<Persona, Integer> expected = new EnumMap<>(Persona.class);
		for (Persona persona : Persona.values()) {
			expected.put(persona, answers[persona.ordinal()]);
		}
		MATRIX.computeIfAbsent(route, r -> new ArrayList<>()).add(new Probe(url, expected));
	}

	/**
	 * The people and the data: the six personas, the real ids for the URLs' placeholders, and the
	 * texts each may read (any other persona must never see them).
	 */
	record World(Map<Persona, PortalUser> users, Map<String, String> ids, Map<String, Set<Persona>> secrets) {

		String fill(String url) {
			String filled = url;
			for (Map.Entry<String, String> id : ids.entrySet()) {
				filled = filled.replace(id.getKey(), id.getValue());
			}
			assertThat(filled).as("a placeholder without a value").doesNotContain("<");
			return filled;
		}

		/** The texts this answer shows to someone who must not read them; notes in {@code read} who read which. */
		List<String> leaks(Persona persona, String what, MockHttpServletResponse response,
				Map<String, Set<Persona>> read) throws Exception {
			List<String> leaks = new ArrayList<>();
			if (response == null || response.getContentType() == null || !response.getContentType().startsWith("text/")) {
				return leaks;
			}
			String body = response.getContentAsString();
			secrets.forEach((secret, readers) -> {
				if (body.contains(secret)) {
					read.get(secret).add(persona);
					if (!readers.contains(persona)) {
						leaks.add("%s as %s shows \"%s\" (only for %s)".formatted(what, persona, secret, readers));
					}
				}
			});
			return leaks;
		}
	}

	/**
	 * Made through the portal's own doors: the requests' lifecycle through {@link SupportRequests},
	 * the thread through {@link Conversations}, the casework (sessions, follow-ups, workshops) through
	 * its pages, posted by the staff member; ids are read from the answers and the pages.
	 */
	private World makeWorld() throws Exception {
		MessagingFixture.World base = MessagingFixture.create(accounts, organisations, requests);
		String run = UUID.randomUUID().toString().substring(0, 8);
		PortalUser staff = base.staff();
		Actor team = Actor.of(staff);
		Map<Persona, PortalUser> users = new EnumMap<>(Persona.class);
		users.put(Persona.PROFESSIONAL_A, base.professionalA());
		users.put(Persona.PROFESSIONAL_B, base.professionalB());
		users.put(Persona.STAFF, staff);
		users.put(Persona.PARTNER, base.partner());
		users.put(Persona.ADMIN, base.admin());

		// A second Brussels organisation, for a workshop gathering several.
		var other = organisations.register(new NewOrganisation("Planning Matrice C " + run, Sector.PLANNING_FAMILIAL,
				null, "Rue Haute 2", "1050", "Ixelles", null, null, "Contact", null));
		PortalUser proC = accounts.createProfessional("matrix-c-" + run + "@example.org", "Cam C " + run, null,
				other.id());
		String walloniaOrganisation = organisations.findById(base.professionalB().organisationId()).orElseThrow().name();

		String a = base.brusselsReference();
		String w = base.walloniaReference();
		accept(team, a, WorkKind.CONSULTATION);
		accept(team, w, WorkKind.WORKSHOP);
		String aw = accept(team, submit(base.professionalA(), "Atelier A " + run), WorkKind.WORKSHOP);
		String c = accept(team, submit(proC, "Atelier C " + run), WorkKind.WORKSHOP);
		String w2 = accept(team, submit(base.professionalB(), "Atelier Wallonie " + run), WorkKind.WORKSHOP);
		String walloniaTitle = requests.findByReference(team, w).orElseThrow().request().title();

		// What only staff may read, on A's request.
		String notes = "notes-internes-" + run;
		String contact = "resume-contact-" + run;
		String action = "action-interne-" + run;
		// The thread: A's organisation and the team.
		String message = "message-fil-" + run;
		String documentName = "document-fil-" + run + ".pdf";
		String brusselsTheme = "Atelier-Bruxelles-" + run;
		String walloniaTheme = "Atelier-Wallonie-" + run;

		asStaff(staff, post("/casework/requests/" + a + "/sessions").param("date", "2026-03-12")
			.param("duration", "90").param("mode", "ON_SITE").param("participants", "6")
			.param("place", "Rue Haute 1").param("notes", notes), "#sessions");
		asStaff(staff, post("/casework/requests/" + a + "/contacts").param("date", "2026-03-13")
			.param("channel", "PHONE").param("summary", contact), "#contacts");
		asStaff(staff, post("/casework/requests/" + a + "/next-actions").param("what", action)
			.param("dueDate", "2026-12-01").param("assignee", staff.accountId().toString()), "#next-actions");
		asStaff(staff, post("/casework/requests/" + a + "/time").param("date", "2026-03-12")
			.param("minutes", "45").param("activity", "PREPARATION"), "#time");
		asStaff(staff, post("/casework/requests/" + w + "/next-actions").param("what", "Relancer " + run)
			.param("dueDate", "2026-12-01").param("assignee", staff.accountId().toString()), "#next-actions");

		String brusselsWorkshop = workshop(staff, brusselsTheme, "2026-06-02", "Rue Haute 1");
		attach(staff, brusselsWorkshop, aw, A_PARTICIPANTS);
		attach(staff, brusselsWorkshop, c, 4);
		attach(staff, brusselsWorkshop, w2, 5);
		String walloniaWorkshop = workshop(staff, walloniaTheme, "2026-06-09", "Rue de Fer 5");
		attach(staff, walloniaWorkshop, w, 2);

		Actor professionalA = Actor.of(base.professionalA());
		conversations.post(professionalA, a, message);
		long document = conversations.share(professionalA, a, documentName,
				new ByteArrayInputStream(MessagingFixture.pdf())).id();

		// Asks to join an organisation registered with its enterprise number: proC (a member of "other"
		// already) asks, and stays pending; a newcomer asks and staff refuse. A deleted professional.
		long firstEight = java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000L, 20_000_000L);
		be.femmesetsante.sesu.organisation.EnterpriseNumber number = be.femmesetsante.sesu.organisation.EnterpriseNumber
			.parse("%08d%02d".formatted(firstEight, be.femmesetsante.sesu.organisation.EnterpriseNumber.checkDigitsFor(firstEight)));
		organisations.register(new NewOrganisation("Maison Matrice D " + run, Sector.MAISON_MEDICALE, null,
				"Rue Neuve 3", "1000", "Bruxelles", number, null, "Contact", null));
		assertThat(organisations.requestToJoin(proC.accountId(), number)).isPresent();
		PortalUser newcomer = accounts.signInByLink("matrix-d-" + run + "@example.org");
		organisations.requestToJoin(newcomer.accountId(), number);
		long pendingJoin = joinRequestOf(proC);
		long decidedJoin = joinRequestOf(newcomer);
		organisationAdministration.decide(staff, decidedJoin, false);
		PortalUser deleted = accounts.signInByLink("matrix-e-" + run + "@example.org");
		accounts.delete(deleted.accountId(), false);

		Map<String, String> ids = new LinkedHashMap<>();
		ids.put(PENDING_JOIN, Long.toString(pendingJoin));
		ids.put(DECIDED_JOIN, Long.toString(decidedJoin));
		ids.put(DELETED_ACCOUNT, deleted.accountId().toString());
		ids.put(A_WORKSHOP_ID, Long.toString(requests.findByReference(team, aw).orElseThrow().request().id()));
		ids.put(A_WORKSHOP, aw);
		ids.put(A_DOCUMENT, Long.toString(document));
		ids.put(A_ACTION, actionId(staff, a));
		ids.put(A_SESSION, entryId(staff, a, "sessions"));
		ids.put(A_CONTACT, entryId(staff, a, "contacts"));
		ids.put(A_TIME, entryId(staff, a, "time"));
		ids.put(A, a);
		ids.put(W_ACTION, actionId(staff, w));
		ids.put(W, w);
		ids.put(BRUSSELS_WORKSHOP, brusselsWorkshop);
		ids.put(WALLONIA_WORKSHOP, walloniaWorkshop);
		ids.put(STAFF_ID, staff.accountId().toString());
		ids.put(ADMIN_ID, base.admin().accountId().toString());
		ids.put(PARTNER_ID, base.partner().accountId().toString());
		ids.put(ORGANISATION_A, base.professionalA().organisationId().toString());
		long aId = requests.findByReference(team, a).orElseThrow().request().id();
		ids.put(EVALUATION_TOKEN, evaluations.invite(aId, a, Region.BRUSSELS, base.professionalA().accountId(),
				java.time.Instant.now()).orElseThrow());
		// Passkeys: one of the staff persona, one of another staff member (stored as registration stores them).
		String passkeyLabel = "Clé de l’équipe " + run;
		ids.put(STAFF_PASSKEY, PasskeyFixture.register(userEntities, credentials, staff, passkeyLabel));
		PortalUser otherStaff = accounts.createWithPassword("autre-cle-" + run + "@femmesetsante-test.be",
				"Autre Clé", be.femmesetsante.sesu.account.Role.STAFF, "une autre phrase de passe assez longue");
		String otherLabel = "Clé de quelqu’un d’autre " + run;
		ids.put(OTHER_PASSKEY, PasskeyFixture.register(userEntities, credentials, otherStaff, otherLabel));
		ids.put("<BRUSSELS_THEME>", brusselsTheme);
		ids.put("<WALLONIA_THEME>", walloniaTheme);

		Map<String, Set<Persona>> secrets = new LinkedHashMap<>();
		Set<Persona> staffOnly = EnumSet.of(Persona.STAFF);
		secrets.put(notes, staffOnly);
		secrets.put(contact, staffOnly);
		secrets.put(action, staffOnly);
		secrets.put(message, EnumSet.of(Persona.STAFF, Persona.PROFESSIONAL_A));
		secrets.put(documentName, EnumSet.of(Persona.STAFF, Persona.PROFESSIONAL_A));
		// The other organisations of A's workshop: never on A's page; the Wallonia one never for the partner.
		// Admins merge organisations registered twice (admin slice): they see every organisation's name
		// on that page, never a request.
		secrets.put(other.name(), EnumSet.of(Persona.STAFF, Persona.PARTNER, Persona.ADMIN));
		secrets.put(walloniaOrganisation, EnumSet.of(Persona.STAFF, Persona.PROFESSIONAL_B, Persona.ADMIN));
		secrets.put(walloniaTitle, EnumSet.of(Persona.STAFF, Persona.PROFESSIONAL_B));
		secrets.put(walloniaTheme, EnumSet.of(Persona.STAFF, Persona.PROFESSIONAL_B));
		// A passkey's label: its owner's pages only; another person's, nobody's here.
		secrets.put(passkeyLabel, staffOnly);
		return new World(users, ids, secrets);
	}

	/** The id of this professional's pending ask to join, as the team's list shows it. */
	private long joinRequestOf(PortalUser professional) {
		return organisationAdministration.pendingJoinRequests()
			.stream()
			.filter(ask -> ask.accountId() == professional.accountId())
			.findFirst()
			.orElseThrow()
			.id();
	}

	private String submit(PortalUser professional, String title) {
		return requests.submit(Actor.of(professional), new SubmitRequest(title, "Nous souhaitons un atelier.", null,
				List.of(), Set.of(SupportKind.TEAM_TRAINING), null, PreferredFormat.TEAM, 6, null, "1"));
	}

	private String accept(Actor team, String reference, WorkKind kind) {
		SupportRequestView request = requests.findByReference(team, reference).orElseThrow().request();
		request = requests.assignLead(team, request.id(), request.version(), team.accountId());
		requests.accept(team, request.id(), request.version(), kind);
		return reference;
	}

	/** Creates a workshop on its page; returns its id, read from the page it leads to. */
	private String workshop(PortalUser staff, String theme, String date, String place) throws Exception {
		String location = asStaff(staff, post("/casework/workshops").param("theme", theme).param("dates", date)
			.param("place", place).param("facilitators", staff.accountId().toString()), "");
		return location.replaceFirst("^.*/casework/workshops/([0-9]+).*$", "$1");
	}

	private void attach(PortalUser staff, String workshop, String reference, int participants) throws Exception {
		asStaff(staff, post("/casework/workshops/" + workshop + "/requests").param("reference", reference)
			.param("participants", Integer.toString(participants)), "#requests");
	}

	/** The id of the first next action on the request's casework page (its "done" form). */
	private String actionId(PortalUser staff, String reference) throws Exception {
		String page = mvc.perform(get("/casework/requests/" + reference)
			.with(authentication(SignedIn.authenticationOf(staff))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = Jsoup.parse(page).select("form[action*=/next-actions/][action$=/done]").attr("action");
		assertThat(form).as("a next action's form on %s", reference).isNotEmpty();
		return form.replaceFirst("^.*/next-actions/([0-9]+)/done$", "$1");
	}

	/** The id of the first entry of this kind its author may correct on the request's page (its correction form). */
	private String entryId(PortalUser staff, String reference, String kind) throws Exception {
		String page = mvc.perform(get("/casework/requests/" + reference)
			.with(authentication(SignedIn.authenticationOf(staff))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = Jsoup.parse(page).select("form[action*=/" + kind + "/][action$=/delete]").attr("action");
		assertThat(form).as("a correction form of %s on %s", kind, reference).isNotEmpty();
		return form.replaceFirst("^.*/" + kind + "/([0-9]+)/delete$", "$1");
	}

	/** Posts as staff and expects to be sent back to the page, done; returns where. */
	private String asStaff(PortalUser staff, MockHttpServletRequestBuilder post, String anchor) throws Exception {
		MockHttpServletResponse response = mvc.perform(post.with(csrf())
			.with(authentication(SignedIn.authenticationOf(staff)))).andReturn().getResponse();
		assertThat(response.getStatus()).as("setting up the matrix's world").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).as("setting up the matrix's world").endsWith(anchor)
			.doesNotContain("-form");
		return response.getRedirectedUrl();
	}

}
