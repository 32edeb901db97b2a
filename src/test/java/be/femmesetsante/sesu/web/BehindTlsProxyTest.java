package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import be.femmesetsante.sesu.account.SignInThrottle;
import be.femmesetsante.sesu.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal behind a TLS reverse proxy, over real HTTP to the test's Tomcat: with
 * {@code server.forward-headers-strategy=native}, a request from a trusted proxy (by default the same
 * host, {@code sesu.trusted-proxies}) that says {@code X-Forwarded-Proto: https} gets a Secure session
 * cookie and HSTS, and its {@code X-Forwarded-For} client is the one the rate limits count; from any
 * other address both headers are ignored.
 */
@IntegrationTest
class BehindTlsProxyTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	@Test
	void httpsSaidByTheTrustedProxyGivesASecureCookieAndHsts() throws Exception {
		HttpResponse<String> https = get("127.0.0.1", "/login", "X-Forwarded-Proto", "https");
		assertThat(https.statusCode()).isEqualTo(200);
		assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(sessionCookie(https)).hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure")
			.contains("HttpOnly"));

		HttpResponse<String> plain = get("127.0.0.1", "/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(plain)).hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void behindTheTrustedProxyEachClientHasItsOwnBucketSoOneCannotExhaustEveryonesAllowance() throws Exception {
		for (int i = 0; i < 30; i++) {
			throttle.tryLinkRequest("voisin" + i + "@exemple-proxy.be", "203.0.113.7");
		}
		assertThat(askForLink("127.0.0.1", "premiere@exemple-proxy.be", "203.0.113.7").statusCode())
			.as("the client who spent its allowance").isEqualTo(429);
		HttpResponse<String> other = askForLink("127.0.0.1", "seconde@exemple-proxy.be", "203.0.113.8");
		assertThat(other.statusCode()).as("another client behind the same proxy").isEqualTo(302);
		assertThat(other.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login/link-sent"));
	}

	@Test
	void fromAnAddressThatIsNotATrustedProxyTheForwardedHeadersAreIgnored() throws Exception {
		Optional<String> lanAddress = nonLoopbackAddress();
		assumeTrue(lanAddress.isPresent(), "this machine has no non-loopback IPv4 address to connect from");
		String untrusted = lanAddress.get();

		HttpResponse<String> https = get(untrusted, "/login", "X-Forwarded-Proto", "https");
		assertThat(https.headers().firstValue("Strict-Transport-Security")).as("no HSTS on a forged header").isEmpty();
		assertThat(sessionCookie(https)).hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));

		for (int i = 0; i < 30; i++) {
			throttle.tryLinkRequest("direct" + i + "@exemple-proxy.be", untrusted);
		}
		assertThat(askForLink(untrusted, "troisieme@exemple-proxy.be", "198.51.100.77").statusCode())
			.as("a made-up X-Forwarded-For does not give a fresh bucket").isEqualTo(429);
	}

	private HttpResponse<String> askForLink(String host, String email, String forwardedFor) throws Exception {
		HttpResponse<String> page = get(host, "/login", "X-Forwarded-For", forwardedFor);
		String csrf = Jsoup.parse(page.body()).select("form[action$='/login/link'] input[name=_csrf]").attr("value");
		String cookie = sessionCookie(page).map(value -> value.substring(0, value.indexOf(';'))).orElseThrow();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login/link"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + email + "&_csrf=" + csrf))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String host, String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESU_SESSION=")).findFirst();
	}

	private static Optional<String> nonLoopbackAddress() throws IOException {
		List<InetAddress> addresses = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.filter(network -> {
				try {
					return network.isUp() && !network.isLoopback();
				}
				catch (IOException ex) {
					return false;
				}
			})
			.flatMap(network -> Collections.list(network.getInetAddresses()).stream())
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.collect(Collectors.toList());
		return addresses.stream().map(InetAddress::getHostAddress).findFirst();
	}

}
