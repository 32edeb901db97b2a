package be.femmesetsante.sesu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.web.AccessMatrixTest.Persona;
import be.femmesetsante.sesu.web.AccessMatrixTest.Probe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every route of the access matrix, for anyone and for a persona who gets
 * through: a Content-Security-Policy without {@code unsafe-inline} and with
 * {@code frame-ancestors 'none'}, {@code X-Content-Type-Options: nosniff}, a Referrer-Policy, and
 * {@code Cache-Control: no-store} (every page of the portal may show personal data: a name, a
 * request, an organisation; only the static files are cached, and they are not routes).
 */
@IntegrationTest
class SecurityHeadersOnEveryRouteTest {

	@Autowired
	AutowireCapableBeanFactory beans;

	@AfterAll
	static void removeTheAdmin() {
		AccessMatrixTest.removeTheAdmin();
	}

	@Test
	void everyRouteAnswersWithTheSecurityHeadersAndNoStore() throws Exception {
		AccessMatrixTest matrix = AccessMatrixTest.reuse(beans);
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, List<Probe>> row : AccessMatrixTest.MATRIX.entrySet()) {
			String method = row.getKey().substring(0, row.getKey().indexOf(' '));
			Probe probe = row.getValue().get(0);
			String url = matrix.world().fill(probe.url());
			for (Persona persona : List.of(Persona.ANONYMOUS, through(probe))) {
				MockHttpServletResponse response = matrix.perform(method, url, persona, true);
				if (response == null) {
					continue; // the test-only failing page: the 500 page's headers are checked by the browser test
				}
				checked++;
				String where = method + " " + url + " as " + persona + " (" + response.getStatus() + ")";
				String csp = String.valueOf(response.getHeader("Content-Security-Policy"));
				if (!csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline")) {
					wrong.add(where + ": Content-Security-Policy " + csp);
				}
				if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
					wrong.add(where + ": X-Content-Type-Options " + response.getHeader("X-Content-Type-Options"));
				}
				if (response.getHeader("Referrer-Policy") == null) {
					wrong.add(where + ": no Referrer-Policy");
				}
				if (!String.valueOf(response.getHeader("Cache-Control")).contains("no-store")) {
					wrong.add(where + ": Cache-Control " + response.getHeader("Cache-Control"));
				}
			}
		}
		assertThat(checked).isGreaterThan(80);
		assertThat(wrong).as("answers without the security headers").isEmpty();
	}

	private static Persona through(Probe probe) {
		for (Persona persona : List.of(Persona.STAFF, Persona.PROFESSIONAL_A, Persona.PARTNER, Persona.ADMIN)) {
			int expected = probe.expected().get(persona);
			if (expected != AccessMatrixTest.SIGN_IN && expected != AccessMatrixTest.FORBIDDEN) {
				return persona;
			}
		}
		return Persona.STAFF;
	}

}
