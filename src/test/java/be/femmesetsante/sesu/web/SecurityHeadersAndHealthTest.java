package be.femmesetsante.sesu.web;

import be.femmesetsante.sesu.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What every response carries, and what the load balancer's probes look at. */
@IntegrationTest
class SecurityHeadersAndHealthTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		int status = mvc.perform(post("/login").param("email", "x@example.org").param("password", "whatever-long"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void templatesHaveNoInlineScriptOrStyleThePolicyWouldBlock() throws Exception {
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(home).doesNotContain("<script>").doesNotContain("<style").doesNotContain(" style=\"")
			.doesNotContain("onclick=");
	}

	@Test
	void livenessIgnoresTheDatabaseWhileReadinessDependsOnIt() throws Exception {
		assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
		assertThat(healthGroups.get("liveness").isMember("livenessState")).isTrue();
		assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getContentAsString())
			.contains("\"UP\"");
		assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getContentAsString())
			.contains("\"UP\"");
	}

	@Test
	void healthShowsNoDetailsToThePublic() throws Exception {
		String health = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
		assertThat(health).contains("\"status\":\"UP\"").doesNotContain("postgres").doesNotContain("components");
	}

	@Test
	void languageSwitchIsRememberedInACookie() throws Exception {
		MockHttpServletResponse english = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
		assertThat(english.getHeader("Content-Language")).isEqualTo("en");
		assertThat(english.getCookie("SESU_LANG")).isNotNull();
		assertThat(english.getContentAsString()).contains("<html lang=\"en\">");

		MockHttpServletResponse remembered = mvc.perform(get("/privacy").cookie(english.getCookie("SESU_LANG")))
			.andReturn()
			.getResponse();
		assertThat(remembered.getContentAsString()).contains("<html lang=\"en\">").contains("Data protection");

		MockHttpServletResponse unknown = mvc.perform(get("/").param("lang", "de")).andReturn().getResponse();
		assertThat(unknown.getContentAsString()).as("only French and English exist").contains("<html lang=\"fr-BE\">");
	}

}
