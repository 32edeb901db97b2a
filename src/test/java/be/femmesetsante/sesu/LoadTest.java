package be.femmesetsante.sesu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.support.TestMailbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load: 50 professionals (50 organisations, each signed in with its own session) submit requests
 * through the real pages for 60 seconds against one portal on an embedded PostgreSQL. Not part of
 * {@code ./mvnw verify}; run it with
 * <pre>
 * ./mvnw -o test -Dtest=LoadTest -Dsesu.excluded-groups=none [-Dsesu.load.seconds=60 -Dsesu.load.users=50]
 * </pre>
 * It prints the figures: submissions, answers by status, server errors, rows in the database, and
 * the same form posted twice (same token) making one request. The daily submission limit is lifted
 * for the run (sesu.limits.submissions-per-day).
 */
@Tag("load")
class LoadTest {

	static final int USERS = Integer.getInteger("sesu.load.users", 50);

	static final int SECONDS = Integer.getInteger("sesu.load.seconds", 60);

	@Test
	void fiftyProfessionalsSubmittingForAMinuteGetNoServerErrorAndEverySubmissionIsOneRow() throws Exception {
		var data = Files.createTempDirectory("sesu-load");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setPort(port)
			.setRegisterShutdownHook(false).start();
				ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
					.properties("spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
							"spring.datasource.username=postgres", "spring.datasource.password=", "server.port=0",
							"spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailbox.port(),
							"sesu.limits.submissions-per-day=1000000", "logging.level.root=WARN")
					.run()) {
			String base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
			String run = UUID.randomUUID().toString().substring(0, 8);
			List<HttpClient> browsers = new ArrayList<>();
			List<Long> organisations = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				var organisation = portal.getBean(Organisations.class)
					.register(new NewOrganisation("Charge " + i + " " + run, Sector.MAISON_MEDICALE, null, "Rue 1",
							"1000", "Bruxelles", null, null, "Contact", null));
				PortalUser professional = portal.getBean(Accounts.class)
					.createProfessional("charge-" + i + "-" + run + "@example.org", "Pro " + i, null, organisation.id());
				organisations.add(organisation.id());
				browsers.add(signedIn(portal, base, professional.email()));
			}

			// One form posted twice with the same token: one request.
			HttpClient first = browsers.get(0);
			Map<String, String> form = newForm(first, base);
			HttpResponse<String> once = post(first, base + "/requests/new", form);
			HttpResponse<String> twice = post(first, base + "/requests/new", form);
			assertThat(twice.headers().firstValue("Location")).isEqualTo(once.headers().firstValue("Location"));

			Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
			AtomicLong submitted = new AtomicLong(1); // the one above
			AtomicLong exceptions = new AtomicLong();
			long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(USERS);
			List<Future<?>> workers = new ArrayList<>();
			for (HttpClient browser : browsers) {
				workers.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						try {
							HttpResponse<String> answer = post(browser, base + "/requests/new", newForm(browser, base));
							statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
							if (answer.statusCode() == 302
									&& answer.headers().firstValue("Location").orElse("").endsWith("/sent")) {
								submitted.incrementAndGet();
							}
						}
						catch (Exception ex) {
							exceptions.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			pool.shutdown();
			JdbcClient jdbc = portal.getBean(JdbcClient.class);
			long rows = jdbc.sql("select count(*) from support_request where organisation_id in (:ids)")
				.param("ids", organisations)
				.query(Long.class)
				.single();
			Map<Integer, Long> byStatus = new TreeMap<>();
			statuses.forEach((status, count) -> byStatus.put(status, count.get()));
			long serverErrors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500)
				.mapToLong(Map.Entry::getValue).sum();
			System.out.printf("FIGURES load: %d professionals, %d s: %d successful submissions (%.1f/s), answers %s, "
					+ "%d server errors, %d client exceptions, %d rows in the database%n", USERS, SECONDS,
					submitted.get(), submitted.get() / (double) SECONDS, byStatus, serverErrors, exceptions.get(), rows);
			assertThat(serverErrors).as("server errors").isZero();
			assertThat(exceptions.get()).as("requests that got no answer").isZero();
			assertThat(rows).as("rows = successful submissions").isEqualTo(submitted.get());
		}
	}

	/** The request form as the page gives it (its token), filled in. */
	private static Map<String, String> newForm(HttpClient browser, String base) throws Exception {
		Document page = Jsoup.parse(get(browser, base + "/requests/new").body());
		Map<String, String> form = new TreeMap<>();
		form.put("_csrf", page.select("form input[name=_csrf]").first().attr("value"));
		form.put("formToken", page.select("input[name=formToken]").first().attr("value"));
		form.put("kinds", "TOOL_REVIEW");
		form.put("title", "Relecture de nos affiches");
		form.put("description", "Nos affiches de prévention parlent-elles à tout le monde ?");
		form.put("preferredFormat", "TEAM");
		form.put("teamSize", "6");
		form.put("privacyAccepted", "true");
		form.put("action", "submit");
		return form;
	}

	private static HttpClient signedIn(ConfigurableApplicationContext portal, String base, String email)
			throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		// The token straight from the portal's token service: the link mail is not what is measured.
		String token = portal.getBean(OneTimeTokenService.class)
			.generate(new GenerateOneTimeTokenRequest(email, Duration.ofMinutes(10))).getTokenValue();
		Document page = Jsoup.parse(get(browser, base + "/login/ott?token=" + token).body());
		HttpResponse<String> answer = post(browser, base + "/login/ott",
				Map.of("token", token, "_csrf", page.select("input[name=_csrf]").first().attr("value")));
		assertThat(answer.statusCode()).as("signed in").isEqualTo(302);
		return browser;
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> form)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
