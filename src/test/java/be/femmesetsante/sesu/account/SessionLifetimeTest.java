package be.femmesetsante.sesu.account;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), through the real filter chain: 30 minutes without
 * activity end them, and so do 12 hours since they began, however active; signed-in pages carry the
 * warning that lets the person stay before the idle end.
 */
@IntegrationTest
class SessionLifetimeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSessionEndsTwelveHoursAfterItBeganHoweverActive() throws Exception {
		SignInSession browser = signedInProfessional("douze.heures@exemple-planning.be", "10.50.0.1");
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, "douze.heures@exemple-planning.be")).as("the idle timeout, 30 minutes").isEqualTo(1800);

		// Eleven hours and a half ago, and active a minute ago: still on.
		age("douze.heures@exemple-planning.be", 11 * 60 + 30);
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);

		// Past twelve hours: ended at once, whatever the last activity.
		age("douze.heures@exemple-planning.be", 60);
		MockHttpServletResponse ended = browser.get("/account");
		assertThat(ended.getRedirectedUrl()).isEqualTo("/login?sessionEnded");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				"douze.heures@exemple-planning.be")).as("the session is gone").isZero();
		assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/login");
		assertThat(browser.get("/login?sessionEnded").getContentAsString())
			.contains("une session dure au plus 12 heures");
	}

	@Test
	void signedInPagesOfferToStayBeforeTheIdleEndAndStayingRenewsTheSession() throws Exception {
		SignInSession browser = signedInProfessional("rester@exemple-planning.be", "10.51.0.1");
		Document page = Jsoup.parse(browser.get("/account").getContentAsString());
		Element warning = page.getElementById("session-warning");
		assertThat(warning).as("the warning, hidden until the script shows it").isNotNull();
		assertThat(warning.hasAttr("hidden")).isTrue();
		assertThat(warning.attr("role")).isEqualTo("alert");
		assertThat(warning.attr("data-idle-seconds")).isEqualTo("1800");
		assertThat(warning.select("form[action='/session/extend'] button").text()).isEqualTo("Rester connecté·e");
		assertThat(warning.select("input[name=back]").val()).isEqualTo("/account");
		assertThat(page.select("script[src*='/js/session']")).hasSize(1);
		assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();

		long before = lastAccess("rester@exemple-planning.be");
		Thread.sleep(20);
		assertThat(browser.post("/session/extend").getStatus()).as("the script's call").isEqualTo(204);
		assertThat(lastAccess("rester@exemple-planning.be")).as("renewed").isGreaterThan(before);
		MockHttpServletResponse withoutScript = browser.post("/session/extend", "back", "/requests");
		assertThat(withoutScript.getStatus()).isEqualTo(303);
		assertThat(withoutScript.getHeader("Location")).isEqualTo("/requests");
		assertThat(browser.post("/session/extend", "back", "https://ailleurs.example/").getHeader("Location"))
			.as("only back to this site").isEqualTo("/");

		SignInSession anonymous = new SignInSession(mvc, "10.51.0.2");
		assertThat(Jsoup.parse(anonymous.get("/").getContentAsString()).getElementById("session-warning"))
			.as("no warning for who is not signed in").isNull();
		assertThat(anonymous.post("/session/extend").getStatus()).isEqualTo(302);
	}

	private SignInSession signedInProfessional(String email, String ip) throws Exception {
		SignInSession browser = new SignInSession(mvc, ip);
		browser.post("/login/link", "username", email);
		String link = TestMailbox.signInLink(email, 1);
		assertThat(browser.post("/login/ott", "token", link.substring(link.indexOf("token=") + 6)).getRedirectedUrl())
			.endsWith("/requests");
		return browser;
	}

	/** Moves the session's beginning this many minutes back, as if that much time had passed. */
	private void age(String principal, int minutes) {
		jdbc.update("update spring_session set creation_time = creation_time - ? where principal_name = ?",
				minutes * 60_000L, principal);
	}

	private long lastAccess(String principal) {
		return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?", Long.class,
				principal);
	}

}
