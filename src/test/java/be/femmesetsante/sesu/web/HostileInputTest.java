package be.femmesetsante.sesu.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import be.femmesetsante.sesu.support.Generated;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.web.AccessMatrixTest.Persona;
import be.femmesetsante.sesu.web.AccessMatrixTest.Probe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form field and every query parameter of every route, fed hostile values: empty, 100,000
 * characters, control characters and NUL, right-to-left marks, emoji, HTML and script, SQL-looking
 * text, numbers and dates out of range. The routes and the people are the access matrix's
 * ({@link AccessMatrixTest#MATRIX}, its world of real accounts and ids); the fields are read from
 * the handler methods themselves ({@code @RequestParam}s and the components of the form records
 * they bind), plus the parameters of the matrix's URLs, so a field added later is fed too.
 * <p>
 * Each route is sent, as a persona the matrix lets through, {@link #ROUNDS} requests in which every
 * field holds a hostile value: field i of route r gets kind (i + r + round) of {@link #HOSTILE} (so
 * across the routes every kind reaches every sort of field), the value drawn with the suite's seed
 * ({@link Generated#SEED}, printed in a failure; {@code -Dsesu.seed} draws others). Every
 * answer must be below 500 (a page with a clear message, a redirect, a refusal, a 404 or a 429),
 * and no page may carry the script back unescaped.
 */
@IntegrationTest
class HostileInputTest {

	private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	/** The hostile values, by kind; the first of each kind is always tried with every field at once. */
	static final Map<String, List<String>> HOSTILE = new LinkedHashMap<>();

	static {
		HOSTILE.put("empty", List.of("", " ", "\t\r\n"));
		HOSTILE.put("100,000 characters", List.of("é".repeat(100_000), "9".repeat(100_000)));
		HOSTILE.put("control characters and NUL", List.of("a\u0000b\u0001c\u001B[31m\u007Fd", "\u0000", "x\u0008\u000B\u000C"));
		HOSTILE.put("right-to-left marks", List.of("\u202Eevil\u202C \u200F\u200E\u2067x\u2069", "\u200B\uFEFF"));
		HOSTILE.put("emoji", List.of("🌈👩🏽‍⚕️✨🏳️‍⚧️", "\uD83D"));
		HOSTILE.put("HTML and script", List.of(SCRIPT, "\"><svg onload=alert(1)>", "[[${7*7}]] __${7*7}__ #{x}"));
		HOSTILE.put("SQL-looking text", List.of("' OR 1=1; DROP TABLE support_request; --", "%' UNION SELECT 1 --", "\\'; --"));
		HOSTILE.put("numbers out of range", List.of("-1", "2147483648", "-9223372036854775809", "99999999999999999999999",
				"1e309", "NaN", "0x10", "١٢٣"));
		HOSTILE.put("dates out of range", List.of("+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30",
				"9999-12-31T23:59", "31/12/2026"));
	}

	/**
	 * Rounds per route: in each, every field holds a hostile value. Three rounds keep the test to a few
	 * seconds; {@code -Dsesu.hostile.rounds=9} gives every field every kind.
	 */
	static final int ROUNDS = Integer.getInteger("sesu.hostile.rounds", 3);

	/** Parameters that are not form fields: the framework's own. */
	private static final Set<String> NOT_FIELDS = Set.of("_csrf");

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void removeTheAdmin() {
		AccessMatrixTest.removeTheAdmin();
	}

	@Test
	void everyFieldOfEveryRouteAnswersAPageOrARefusalNeverAServerErrorAndEscapesWhatItShows() throws Exception {
		AccessMatrixTest matrix = AccessMatrixTest.reuse(beans);
		Map<String, Set<String>> fields = fieldsByRoute();
		assertThat(fields.keySet()).as("every route of the application is in the access matrix")
			.isSubsetOf(AccessMatrixTest.MATRIX.keySet());
		Random random = new Random(Generated.SEED);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		int routes = 0;
		for (Map.Entry<String, List<Probe>> row : AccessMatrixTest.MATRIX.entrySet()) {
			String route = row.getKey();
			String method = route.substring(0, route.indexOf(' '));
			Probe probe = row.getValue().get(0);
			Persona persona = through(probe);
			if (persona == null) {
				continue; // nobody gets through (the error routes, the set-up page without its link)
			}
			routes++;
			String url = matrix.world().fill(probe.url());
			Map<String, String> base = queryOf(url);
			String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
			Set<String> names = new LinkedHashSet<>(fields.getOrDefault(route, Set.of()));
			names.addAll(base.keySet());
			names.removeAll(NOT_FIELDS);
			if (names.isEmpty()) {
				names.add("q"); // a route with no field still gets an unexpected parameter
			}
			// Every field at once, each holding a value of another kind, round after round: field i
			// of route r gets kind (i + r + round) of the list, a value of it drawn with the seed.
			List<List<String>> kinds = new ArrayList<>(HOSTILE.values());
			List<String> fieldNames = new ArrayList<>(names);
			for (int round = 0; round < ROUNDS; round++) {
				Map<String, String> values = new TreeMap<>(base);
				StringBuilder what = new StringBuilder();
				for (int i = 0; i < fieldNames.size(); i++) {
					List<String> kind = kinds.get((i + routes + round) % kinds.size());
					String value = kind.get(random.nextInt(kind.size()));
					values.put(fieldNames.get(i), value);
					what.append(fieldNames.get(i)).append('=').append(shown(value)).append(' ');
				}
				sent++;
				check(matrix, method, path, values, persona, what.toString().strip(), failures);
			}
		}
		assertThat(routes).as("routes tried").isGreaterThan(40);
		assertThat(failures).as("answers to hostile input (seed %s, %s requests): each must be a page, a "
				+ "redirect or a refusal, never a 500, with any script escaped", Generated.SEED, sent).isEmpty();
	}

	@Test
	void signingInWithHostileAddressesAndPasswordsNeverFails() throws Exception {
		AccessMatrixTest matrix = AccessMatrixTest.reuse(beans);
		List<String> failures = new ArrayList<>();
		for (List<String> kind : HOSTILE.values()) {
			for (String value : List.of(kind.get(0), kind.get(kind.size() - 1))) {
				Map<String, String> values = Map.of("email", value, "password", value);
				check(matrix, "POST", "/login", values, Persona.ANONYMOUS, "POST /login " + shown(value), failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	/** The check fails on a 500 and on an unescaped script; it can fail (see the escaping assertions above). */
	private void check(AccessMatrixTest matrix, String method, String path, Map<String, String> values,
			Persona persona, String what, List<String> failures) throws Exception {
		long start = System.nanoTime();
		MockHttpServletResponse response = matrix.perform(method, path, persona, true,
				request -> values.forEach(request::param));
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (millis > 300) {
			System.out.printf("SLOW %d ms: %s %s %s%n", millis, method, path, what);
		}
		String where = "%s %s as %s with %s (seed %s)".formatted(method, path, persona, what, Generated.SEED);
		if (response == null || response.getStatus() >= 500) {
			failures.add(where + ": " + (response == null ? "an exception (500): " + cause(matrix, method, path, values, persona)
					: response.getStatus()));
			System.out.println("HOSTILE FAILURE " + failures.get(failures.size() - 1));
			return;
		}
		String type = response.getContentType();
		if (type != null && type.startsWith("text/html")) {
			String body = response.getContentAsString();
			// Escaped, these read "&lt;script&gt;…"; raw, the browser would run them.
			if (body.contains("<script>alert(") || body.contains("<img src=x onerror") || body.contains("<svg onload")) {
				failures.add(where + ": the script comes back unescaped");
			}
		}
	}

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	/** The exception behind a 500, for the failure message. */
	private String cause(AccessMatrixTest matrix, String method, String path, Map<String, String> values,
			Persona persona) {
		try {
			var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(org.springframework.http.HttpMethod.valueOf(method.equals("ANY") ? "GET" : method), path);
			values.forEach(request::param);
			request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
			var user = matrix.world().users().get(persona);
			if (user != null) {
				request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(be.femmesetsante.sesu.support.SignedIn.authenticationOf(user)));
			}
			mvc.perform(request);
			return "?";
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			String message = String.valueOf(root.getMessage());
			return root.getClass().getSimpleName() + ": " + (message.length() > 200 ? message.substring(0, 200) : message);
		}
	}

	/** The persona the matrix lets through this probe (staff first, then a professional, then anyone). */
	private static Persona through(Probe probe) {
		for (Persona persona : List.of(Persona.STAFF, Persona.PROFESSIONAL_A, Persona.PROFESSIONAL_B, Persona.PARTNER,
				Persona.ADMIN, Persona.ANONYMOUS)) {
			int expected = probe.expected().get(persona);
			if (expected != AccessMatrixTest.SIGN_IN && expected != AccessMatrixTest.FORBIDDEN
					&& expected != AccessMatrixTest.NOT_FOUND && expected != AccessMatrixTest.SERVER_ERROR) {
				return persona;
			}
		}
		return null;
	}

	/** Each route's fields, read from its handler method: request parameters and the bound form's components. */
	private Map<String, Set<String>> fieldsByRoute() {
		Map<String, Set<String>> fields = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				Set<String> names = fieldsOf(entry.getValue());
				Set<String> methods = new LinkedHashSet<>();
				entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : entry.getKey().getPatternValues()) {
					methods.forEach(m -> fields.computeIfAbsent(m + " " + pattern, k -> new LinkedHashSet<>())
						.addAll(names));
				}
			}
		}
		return fields;
	}

	private static Set<String> fieldsOf(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			Class<?> type = parameter.getType();
			if (parameter.isAnnotationPresent(PathVariable.class)
					|| parameter.isAnnotationPresent(AuthenticationPrincipal.class)
					|| parameter.isAnnotationPresent(RequestHeader.class)
					|| parameter.isAnnotationPresent(CookieValue.class) || MultipartFile.class.isAssignableFrom(type)
					|| Model.class.isAssignableFrom(type) || Errors.class.isAssignableFrom(type)
					|| RedirectAttributes.class.isAssignableFrom(type)
					|| HttpServletRequest.class.isAssignableFrom(type)
					|| HttpServletResponse.class.isAssignableFrom(type) || HttpSession.class.isAssignableFrom(type)
					|| Locale.class.isAssignableFrom(type) || Principal.class.isAssignableFrom(type)
					|| Authentication.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
					|| type.getName().startsWith("be.femmesetsante.sesu.account.PortalUser")) {
				continue;
			}
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(name.isEmpty() ? parameter.getName() : name);
			}
			else if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				names.add(parameter.getName());
			}
		}
		return names;
	}

	private static Map<String, String> queryOf(String url) {
		Map<String, String> query = new TreeMap<>();
		UriComponentsBuilder.fromUriString(url).build().getQueryParams()
			.forEach((name, values) -> query.put(name, org.springframework.web.util.UriUtils.decode(values.get(0),
					java.nio.charset.StandardCharsets.UTF_8)));
		return query;
	}

	private static String shown(String value) {
		String escaped = value.codePoints()
			.mapToObj(c -> c < 0x20 || c == 0x7F || (c >= 0x200B && c <= 0x206F) || c == 0xFEFF
					? "\\u%04X".formatted(c) : Character.toString(c))
			.reduce("", String::concat);
		return escaped.length() > 40 ? escaped.substring(0, 40) + "…(" + value.length() + " chars)" : escaped;
	}

}
