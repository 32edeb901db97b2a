package be.femmesetsante.sesu.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.messaging.MessagingFixture;
import be.femmesetsante.sesu.messaging.MessagingFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Mes données": the ZIP holds the professional's account, organisation, requests, messages and files, and nothing of others. */
@IntegrationTest
class DataExportIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JsonMapper json;

	@Test
	void thePageExplainsTheExportAndOffersTheButton() throws Exception {
		World world = MessagingFixture.create(accounts, organisations, requests);
		mvc.perform(get("/my-data").with(signedIn(world.professionalA())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/my-data/export\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("requests.json")));
	}

	@Test
	void theZipHoldsOwnDataAndDocumentsOnly() throws Exception {
		World world = MessagingFixture.create(accounts, organisations, requests);
		String refA = world.brusselsReference();
		String refB = world.walloniaReference();
		mvc.perform(post("/requests/{r}/messages", refA).param("body", "Notre question <b>importante</b>")
			.with(csrf()).with(signedIn(world.professionalA()))).andExpect(status().isFound());
		mvc.perform(post("/requests/{r}/messages", refA).param("body", "La réponse de l’équipe")
			.with(csrf()).with(signedIn(world.staff()))).andExpect(status().isFound());
		mvc.perform(multipart("/requests/{r}/documents", refA)
			.file(new MockMultipartFile("file", "../Plan d'action été.pdf", "application/pdf", MessagingFixture.pdf()))
			.with(csrf()).with(signedIn(world.professionalA()))).andExpect(status().isFound());
		mvc.perform(post("/requests/{r}/messages", refB).param("body", "Secret de l’autre organisation")
			.with(csrf()).with(signedIn(world.professionalB()))).andExpect(status().isFound());
		mvc.perform(multipart("/requests/{r}/documents", refB)
			.file(new MockMultipartFile("file", "autre.png", "image/png", MessagingFixture.png()))
			.with(csrf()).with(signedIn(world.professionalB()))).andExpect(status().isFound());

		MockHttpServletResponse response = mvc.perform(post("/my-data/export").with(csrf()).with(signedIn(world.professionalA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains(".zip");

		Map<String, byte[]> entries = unzip(response.getContentAsByteArray());
		assertThat(entries.keySet()).hasSize(5)
			.contains("account.json", "organisation.json", "requests.json", "messages.json")
			.anySatisfy(name -> assertThat(name).matches("documents/" + refA + "/[0-9]+-Plan_d_action_ete\\.pdf"));
		String documentPath = entries.keySet().stream().filter(n -> n.startsWith("documents/")).findFirst().orElseThrow();
		assertThat(entries.get(documentPath)).isEqualTo(MessagingFixture.pdf());

		JsonNode account = json.readTree(entries.get("account.json"));
		assertThat(account.get("email").asString()).isEqualTo(world.professionalA().email());
		assertThat(account.get("pronouns").asString()).isEqualTo("iel");
		assertThat(account.has("passwordHash")).isFalse();
		assertThat(json.readTree(entries.get("organisation.json")).get("postalCode").asString()).isEqualTo("1000");

		JsonNode requestsJson = json.readTree(entries.get("requests.json"));
		assertThat(requestsJson).hasSize(1);
		assertThat(requestsJson.get(0).get("request").get("reference").asString()).isEqualTo(refA);
		assertThat(requestsJson.get(0).get("history").get(0).get("action").asString()).isEqualTo("SUBMITTED");

		JsonNode threads = json.readTree(entries.get("messages.json"));
		assertThat(threads).hasSize(1);
		assertThat(threads.get(0).get("messages")).hasSize(2);
		assertThat(threads.get(0).get("messages").get(0).get("body").asString()).isEqualTo("Notre question <b>importante</b>");
		assertThat(threads.get(0).get("documents").get(0).get("file").asString()).isEqualTo(documentPath);

		String everything = entries.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
			.reduce("", String::concat);
		assertThat(everything).doesNotContain(refB).doesNotContain("Secret de l’autre organisation")
			.doesNotContain(world.professionalB().email());
		// Pretty-printed, for people who open it in a text editor.
		assertThat(new String(entries.get("requests.json"), StandardCharsets.UTF_8)).contains("\n  ");
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
