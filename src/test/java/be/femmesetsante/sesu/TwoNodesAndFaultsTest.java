package be.femmesetsante.sesu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.followup.DailyDigest;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.TestMailbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances (two application contexts on two ports) on one PostgreSQL, and that
 * PostgreSQL stopped and started again under them. Not part of {@code ./mvnw verify} (it starts two
 * whole portals and a database of its own: a minute or two); run it with
 * <pre>
 * ./mvnw -o test -Dtest=TwoNodesAndFaultsTest -Dsesu.excluded-groups=none
 * </pre>
 * It prints its figures (seconds to answer while the database is down, seconds to recover).
 */
@Tag("nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesAndFaultsTest {

	static Path data;

	static int postgresPort;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	/** A professional signed in on node 1: their cookies. */
	static HttpClient browser;

	static PortalUser professional;

	@BeforeAll
	static void twoNodesOnOneDatabase() throws Exception {
		data = Files.createTempDirectory("sesu-two-nodes");
		try (ServerSocket socket = new ServerSocket(0)) {
			postgresPort = socket.getLocalPort();
		}
		postgres = startPostgres();
		node1 = node("node1");
		node2 = node("node2");
		String run = UUID.randomUUID().toString().substring(0, 8);
		var organisation = node1.getBean(Organisations.class)
			.register(new NewOrganisation("Deux noeuds " + run, Sector.MAISON_MEDICALE, null, "Rue 1", "1000",
					"Bruxelles", null, null, "Contact", null));
		professional = node1.getBean(Accounts.class)
			.createProfessional("noeuds-" + run + "@example.org", "Noa " + run, null, organisation.id());
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		signIn(node1, professional.email());
	}

	@AfterAll
	static void stop() throws IOException {
		if (node2 != null) {
			node2.close();
		}
		if (node1 != null) {
			node1.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
		assertThat(get(node1, "/requests").statusCode()).isEqualTo(200);
		assertThat(get(node2, "/requests").statusCode()).as("the same session cookie on node 2").isEqualTo(200);
	}

	@Test
	@Order(2)
	void eachScheduledJobRunsOncePerScheduleAcrossBothNodes() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		PortalUser staff = node1.getBean(Accounts.class)
			.createWithPassword("digest-" + run + "@example.org", "Dana " + run, Role.STAFF, "a long passphrase " + run);
		String reference = node1.getBean(SupportRequests.class).submit(Actor.of(professional), request("Digest " + run));
		JdbcClient jdbc = node1.getBean(JdbcClient.class);
		long requestId = jdbc.sql("select id from support_request where reference = ?").param(reference)
			.query(Long.class).single();
		jdbc.sql("""
				insert into next_action (request_id, what, due_date, assignee_account_id, author_account_id)
				values (?, 'Relancer', ?, ?, ?)""").params(requestId, LocalDate.now().minusDays(1), staff.accountId(),
				staff.accountId()).update();
		// Both nodes' schedules fire at the same moment.
		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> node1.getBean(DailyDigest.class).sendDigests());
		CompletableFuture<Void> two = CompletableFuture.runAsync(() -> node2.getBean(DailyDigest.class).sendDigests());
		CompletableFuture.allOf(one, two).get();
		// And again a few seconds later (a clock a little behind): lockAtLeastFor keeps it from running twice.
		Thread.sleep(2_000);
		node2.getBean(DailyDigest.class).sendDigests();
		TestMailbox.awaitMail(staff.email(), 1);
		Thread.sleep(2_000);
		assertThat(TestMailbox.mailsTo(staff.email())).as("digest mails to one staff member").hasSize(1);
		Map<String, Object> lock = jdbc.sql("select locked_by, lock_until, locked_at from shedlock where name = 'daily-digest'")
			.query().singleRow();
		System.out.println("FIGURES shedlock daily-digest: " + lock);
	}

	@Test
	@Order(3)
	void aSubmissionsMailsGoOutOnceWhateverNodeRetries() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String reference = node1.getBean(SupportRequests.class).submit(Actor.of(professional), request("Une fois " + run));
		Thread.sleep(3_000);
		long mails = TestMailbox.mailsTo(professional.email()).stream()
			.filter(m -> TestMailbox.subject(m).contains(reference))
			.count();
		assertThat(mails).as("acknowledgements of %s", reference).isEqualTo(1);
	}

	@Test
	@Order(4)
	void withTheDatabaseDownPagesAnswer503WithinThreeSecondsAndComeBackWithoutARestart() throws Exception {
		JdbcClient jdbc = node1.getBean(JdbcClient.class);
		long requestsBefore = jdbc.sql("select count(*) from support_request").query(Long.class).single();
		assertThat(probe(node1, "/actuator/health/readiness")).isEqualTo(200);

		postgres.close();
		long start = System.nanoTime();
		HttpResponse<String> french = get(node1, "/requests");
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("FIGURES database down: first page answered %d in %.2f s%n", french.statusCode(), seconds);
		assertThat(french.statusCode()).isEqualTo(503);
		assertThat(seconds).isLessThan(3.0);
		assertThat(Jsoup.parse(french.body()).text()).contains("momentanément indisponible");
		// The language chosen earlier (the portal's cookie), on the other node.
		java.net.HttpCookie language = new java.net.HttpCookie("SESU_LANG", "en");
		language.setPath("/");
		language.setVersion(0);
		((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().add(uri(node2, "/"), language);
		HttpResponse<String> english = get(node2, "/requests");
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(english.body()).text()).contains("temporarily unavailable");
		// A form sent meanwhile: refused whole, nothing half written.
		HttpResponse<String> post = send(node1, HttpRequest.newBuilder(uri(node1, "/requests/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("title=Pendant+la+panne&description=x&_csrf=x")));
		assertThat(post.statusCode()).isIn(403, 503);
		assertThat(probe(node1, "/actuator/health/liveness")).as("liveness").isEqualTo(200);
		assertThat(probe(node1, "/actuator/health/readiness")).as("readiness").isEqualTo(503);

		postgres = startPostgres();
		long back = System.nanoTime();
		// Each node's pool finds the database again on its own (its dead connections are dropped as
		// they are borrowed): both must work again within the same 30 s, without a restart.
		for (var node : List.of(node1, node2)) {
			int status = 0;
			while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
				status = get(node, "/requests").statusCode();
				if (status == 200) {
					break;
				}
				Thread.sleep(200);
			}
			System.out.printf("FIGURES database back: pages work again after %.2f s, no restart%n",
					(System.nanoTime() - back) / 1e9);
			assertThat(status).isEqualTo(200);
		}
		assertThat(probe(node1, "/actuator/health/readiness")).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from support_request").query(Long.class).single())
			.as("requests: none half written").isEqualTo(requestsBefore);
	}

	private static EmbeddedPostgres startPostgres() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(postgresPort)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(PortalApplication.class).properties(
				"spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/postgres",
				"spring.datasource.username=postgres", "spring.datasource.password=", "server.port=0",
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailbox.port(),
				"spring.application.name=sesu-" + name, "sesu.mail.retry-first=PT1H",
				"logging.level.be.femmesetsante.sesu.web.DatabaseUnavailableFilter=DEBUG")
			.run();
	}

	private static void signIn(ConfigurableApplicationContext node, String email) throws Exception {
		String login = get(node, "/login").body();
		String csrf = Jsoup.parse(login).select("input[name=_csrf]").first().attr("value");
		send(node, HttpRequest.newBuilder(uri(node, "/login/link"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(email, "UTF-8")
					+ "&_csrf=" + csrf)));
		String link = TestMailbox.signInLink(email, 1);
		String token = link.substring(link.indexOf("token=") + 6);
		String page = get(node, "/login/ott?token=" + token).body();
		String csrf2 = Jsoup.parse(page).select("input[name=_csrf]").first().attr("value");
		HttpResponse<String> signedIn = send(node, HttpRequest.newBuilder(uri(node, "/login/ott"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrf2)));
		assertThat(signedIn.statusCode()).as("signed in by the mailed link").isEqualTo(302);
	}

	/** What a load balancer's probe sends: no cookie. */
	private static int probe(ConfigurableApplicationContext node, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(20)).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return send(node, HttpRequest.newBuilder(uri(node, path)).GET());
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request)
			throws Exception {
		return browser.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static SubmitRequest request(String title) {
		return new SubmitRequest(title, "Nous souhaitons revoir notre accueil.", null, List.of(),
				Set.of(SupportKind.PROJECT_SUPPORT), null, PreferredFormat.TEAM, 6, null, "1");
	}

}
