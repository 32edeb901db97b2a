package be.femmesetsante.sesu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import be.femmesetsante.sesu.support.IntegrationTest;

/**
 * Errors the servlet container meets before the portal's controllers, asked over real HTTP (not
 * MockMvc, which never goes through Tomcat): every one is the portal's own page, in the reader's
 * language, with the way back; never Tomcat's bare English page.
 */
@IntegrationTest
class ContainerErrorPagesTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource({ "fr, Service support genre, Retourner à l’accueil", "en, Gender support service, Back to the home page" })
	void anEncodedSlashInAnAddressGetsThePortalsOwn400Page(String lang, String appName, String wayBack)
			throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + port + "/casework/requests/SESU-2026-0001%2F..%2Fadmin"))
			.header("Cookie", "SESU_LANG=" + (lang.equals("fr") ? "fr-BE" : "en"))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(appName, wayBack, "href=\"/\"").doesNotContain("Apache Tomcat");
	}

	@Test
	void anUploadOverTheMultipartLimitGetsThePortalsOwnPage() throws Exception {
		byte[] body = multipart(60 * 1024 * 1024);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + port + "/organisation"))
			.header("Accept-Language", "fr-BE")
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=sesuboundary")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Service support genre", "Retourner à l’accueil", "10 Mo")
			.doesNotContain("Apache Tomcat");
	}

	private static byte[] multipart(int size) {
		String head = "--sesuboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--sesuboundary--\r\n";
		byte[] bytes = new byte[head.length() + size + tail.length()];
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, head.length());
		java.util.Arrays.fill(bytes, head.length(), head.length() + size, (byte) 'a');
		System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, bytes, head.length() + size, tail.length());
		return bytes;
	}
}
