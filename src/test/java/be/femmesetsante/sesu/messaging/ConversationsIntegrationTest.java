package be.femmesetsante.sesu.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.MessagingFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages and documents through the real filter chain, controllers and PostgreSQL: who may write,
 * read and download, what is refused with which message, and that another organisation's ids
 * answer 404 exactly like missing ones.
 */
@IntegrationTest
@RecordApplicationEvents
class ConversationsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Conversations conversations;

	@Autowired
	ApplicationEvents events;

	World world;

	@BeforeEach
	void createWorld() {
		world = MessagingFixture.create(accounts, organisations, requests);
	}

	@Test
	void theOrganisationPostsAMessageAndAContentFreeEventIsPublished() throws Exception {
		postMessage(world.professionalA(), world.brusselsReference(), "Bonjour, voici notre projet.")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/requests/" + world.brusselsReference() + "#messages"))
			.andExpect(flash().attribute("flash", "messaging.flash.posted"));

		Conversation thread = conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow();
		assertThat(thread.messages()).singleElement().satisfies(m -> {
			assertThat(m.body()).isEqualTo("Bonjour, voici notre projet.");
			assertThat(m.authorAccountId()).isEqualTo(world.professionalA().accountId());
			assertThat(m.authorDisplayName()).isEqualTo(world.professionalA().displayName());
			assertThat(m.fromTeam()).isFalse();
		});
		assertThat(events.stream(MessagePosted.class)).singleElement().satisfies(e -> {
			assertThat(e.requestId()).isEqualTo(world.brusselsRequestId());
			assertThat(e.reference()).isEqualTo(world.brusselsReference());
			assertThat(e.region()).isEqualTo(Region.BRUSSELS);
			assertThat(e.authorAccountId()).isEqualTo(world.professionalA().accountId());
			assertThat(e.fromTeam()).isFalse();
			assertThat(e.toString()).doesNotContain("projet");
		});
	}

	@Test
	void staffPostOnBehalfOfTheTeam() throws Exception {
		postMessage(world.staff(), world.walloniaReference(), "Nous vous proposons une rencontre.")
			.andExpect(status().isFound())
			// Back to the team's casework page, not the professional's.
			.andExpect(redirectedUrl("/casework/requests/" + world.walloniaReference() + "#messages"));
		assertThat(events.stream(MessagePosted.class)).singleElement()
			.satisfies(e -> assertThat(e.fromTeam()).isTrue());
		assertThat(conversations.exportFor(Actor.of(world.professionalB()), world.walloniaRequestId()).orElseThrow()
			.messages()).singleElement().satisfies(m -> assertThat(m.fromTeam()).isTrue());
	}

	@Test
	void thePartnerReachesNoThreadNorDocumentEvenOfABrusselsRequestAndCannotPost() throws Exception {
		postMessage(world.professionalA(), world.brusselsReference(), "Question").andExpect(status().isFound());
		long documentId = uploadAs(world.professionalA(), world.brusselsReference(), "note.pdf", MessagingFixture.pdf());

		// The thread is the requester's exchange with the team (Audience.PARTNER): not the partner's to read.
		assertThat(conversations.exportFor(Actor.of(world.partner()), world.brusselsRequestId())).isEmpty();
		assertThat(conversations.documentFor(Actor.of(world.partner()), world.brusselsRequestId(), documentId)).isEmpty();
		assertThat(conversations.exportFor(Actor.of(world.partner()), world.walloniaRequestId())).isEmpty();
		mvc.perform(get(documentUrl(world.brusselsReference(), documentId)).with(signedIn(world.partner())))
			.andExpect(status().isForbidden());
		// Refused by the service too, not only by the URL rules: not found, like a missing document.
		org.assertj.core.api.Assertions.assertThatExceptionOfType(be.femmesetsante.sesu.shared.NotFoundException.class)
			.isThrownBy(() -> conversations.download(Actor.of(world.partner()), world.brusselsReference(), documentId));

		postMessage(world.partner(), world.brusselsReference(), "Le partenaire écrit").andExpect(status().isForbidden());
		upload(world.partner(), world.brusselsReference(), "p.pdf", MessagingFixture.pdf())
			.andExpect(status().isForbidden());
		assertThat(conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow().messages())
			.hasSize(1);
		assertThat(events.stream(MessagePosted.class)).hasSize(1);
	}

	@Test
	void nulBytesAndControlCharactersAreDroppedAndAnEmptyOrTooLongMessageIsRefusedKeepingTheText() throws Exception {
		postMessage(world.professionalA(), world.brusselsReference(), "Bon\u0000jour\u0007\nà vous\t!")
			.andExpect(status().isFound());
		assertThat(conversations.exportFor(Actor.of(world.professionalA()), world.brusselsRequestId()).orElseThrow()
			.messages()).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("Bonjour\nà vous\t!"));

		postMessage(world.professionalA(), world.brusselsReference(), " \u0000 \n ")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/requests/" + world.brusselsReference() + "#message-form"))
			.andExpect(flash().attribute("messageError", "messaging.error.empty"));

		String tooLong = "é".repeat(5_001);
		postMessage(world.professionalA(), world.brusselsReference(), tooLong)
			.andExpect(flash().attribute("messageError", "messaging.error.tooLong"))
			.andExpect(flash().attribute("messageBody", tooLong));
		postMessage(world.professionalA(), world.brusselsReference(), "😀".repeat(5_000))
			.andExpect(flash().attribute("flash", "messaging.flash.posted"));
		assertThat(conversations.exportFor(Actor.of(world.professionalA()), world.brusselsRequestId()).orElseThrow()
			.messages()).hasSize(2);
	}

	@Test
	void aPdfAndAPngAreStoredAndDownloadedWithSafeHeadersAndTheirExactBytes() throws Exception {
		byte[] pdf = MessagingFixture.pdf();
		long pdfId = uploadAs(world.professionalA(), world.brusselsReference(), "Projet \"accueil\" été.pdf", pdf);
		MockHttpServletResponse download = mvc
			.perform(get(documentUrl(world.brusselsReference(), pdfId)).with(signedIn(world.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''Projet%20%22accueil%22%20%C3%A9t%C3%A9.pdf")
			.doesNotContain("\n");

		byte[] png = MessagingFixture.png();
		long pngId = uploadAs(world.staff(), world.brusselsReference(), "schema.png", png);
		MockHttpServletResponse image = mvc
			.perform(get(documentUrl(world.brusselsReference(), pngId)).with(signedIn(world.professionalA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(image.getContentType()).isEqualTo("image/png");
		assertThat(image.getContentAsByteArray()).isEqualTo(png);
		assertThat(events.stream(DocumentShared.class)).extracting(DocumentShared::fromTeam).containsExactly(false, true);
	}

	@Test
	void officeAndLibreOfficeFilesAreAcceptedWhenTheirContentMatchesTheirExtension() throws Exception {
		uploadAs(world.professionalA(), world.brusselsReference(), "rapport.docx", MessagingFixture.docx());
		byte[] odt = odtBytes();
		uploadAs(world.professionalA(), world.brusselsReference(), "compte-rendu.odt", odt);
		assertThat(conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow()
			.documents()).extracting(DocumentView::contentType)
			.containsExactly("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.oasis.opendocument.text");
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedWithAClearMessage() throws Exception {
		byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		for (var file : List.of(new MockMultipartFile("file", "facture.pdf", "application/pdf", html),
				new MockMultipartFile("file", "programme.pdf", "application/pdf", exe),
				new MockMultipartFile("file", "archive.docx", "application/msword", MessagingFixture.zip("a.txt")),
				new MockMultipartFile("file", "wrong-office.xlsx", "application/msword", MessagingFixture.docx()),
				new MockMultipartFile("file", "image.svg", "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("file", "photo.jpg", "image/jpeg", MessagingFixture.png()))) {
			mvc.perform(multipart("/requests/{r}/documents", world.brusselsReference()).file(file)
				.with(csrf())
				.with(signedIn(world.professionalA())))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/requests/" + world.brusselsReference() + "#document-form"))
				.andExpect(flash().attribute("documentError", "messaging.error.fileType"));
		}
		upload(world.professionalA(), world.brusselsReference(), "vide.pdf", new byte[0])
			.andExpect(flash().attribute("documentError", "messaging.error.fileMissing"));
		assertThat(conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow()
			.documents()).isEmpty();
	}

	@Test
	void aFileOfTenMegabytesAndOneByteIsRefusedWithAClearMessageNotAnError() throws Exception {
		byte[] pdf = MessagingFixture.pdf();
		byte[] tooLarge = Arrays.copyOf(pdf, (int) Conversations.MAX_DOCUMENT_BYTES + 1);
		upload(world.professionalA(), world.brusselsReference(), "gros.pdf", tooLarge)
			.andExpect(status().isFound())
			.andExpect(flash().attribute("documentError", "messaging.error.fileTooLarge"));
		byte[] justRight = Arrays.copyOf(pdf, (int) Conversations.MAX_DOCUMENT_BYTES);
		uploadAs(world.professionalA(), world.brusselsReference(), "juste.pdf", justRight);
		assertThat(conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow()
			.documents()).extracting(DocumentView::fileName).containsExactly("juste.pdf");
	}

	@Test
	void anotherOrganisationsRequestMessagesAndDocumentsAnswer404LikeMissingOnes() throws Exception {
		long documentId = uploadAs(world.professionalA(), world.brusselsReference(), "a.pdf", MessagingFixture.pdf());
		PortalUser intruder = world.professionalB();

		postMessage(intruder, world.brusselsReference(), "Je ne devrais pas").andExpect(status().isNotFound());
		upload(intruder, world.brusselsReference(), "b.pdf", MessagingFixture.pdf()).andExpect(status().isNotFound());
		mvc.perform(get(documentUrl(world.brusselsReference(), documentId)).with(signedIn(intruder)))
			.andExpect(status().isNotFound());
		// Their own reference with another request's document id: still not found.
		mvc.perform(get(documentUrl(world.walloniaReference(), documentId)).with(signedIn(intruder)))
			.andExpect(status().isNotFound());
		mvc.perform(get(documentUrl(world.walloniaReference(), documentId)).with(signedIn(world.staff())))
			.andExpect(status().isNotFound());
		// Unknown references and ids, even odd ones.
		postMessage(world.staff(), "SESU-1999-9999", "?").andExpect(status().isNotFound());
		mvc.perform(get(documentUrl(world.brusselsReference(), 987_654_321L)).with(signedIn(world.staff())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/requests/{r}/documents/abc", world.brusselsReference()).with(signedIn(world.staff())))
			.andExpect(status().isNotFound());
		// The admin manages accounts, not cases.
		mvc.perform(get(documentUrl(world.brusselsReference(), documentId)).with(signedIn(world.admin())))
			.andExpect(status().isForbidden());

		assertThat(conversations.exportFor(Actor.of(intruder), world.brusselsRequestId())).isEmpty();
		assertThat(conversations.documentFor(Actor.of(intruder), world.brusselsRequestId(), documentId)).isEmpty();
		assertThat(conversations.exportFor(Actor.of(world.staff()), world.brusselsRequestId()).orElseThrow().messages())
			.isEmpty();
	}

	private ResultActions postMessage(PortalUser who, String reference, String body) throws Exception {
		return mvc.perform(post("/requests/{r}/messages", reference).param("body", body).with(csrf()).with(signedIn(who)));
	}

	private ResultActions upload(PortalUser who, String reference, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/requests/{r}/documents", reference)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(csrf())
			.with(signedIn(who)));
	}

	private long uploadAs(PortalUser who, String reference, String name, byte[] content) throws Exception {
		upload(who, reference, name, content).andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "messaging.flash.shared"));
		long requestId = requests.findByReference(Actor.of(who), reference).orElseThrow().request().id();
		List<DocumentView> documents = conversations.exportFor(Actor.of(who), requestId).orElseThrow().documents();
		return documents.get(documents.size() - 1).id();
	}

	private static String documentUrl(String reference, long id) {
		return "/requests/" + reference + "/documents/" + id;
	}

	/** An OpenDocument text as LibreOffice writes it: "mimetype" first, stored uncompressed. */
	private static byte[] odtBytes() throws java.io.IOException {
		byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
			mimetype.setMethod(java.util.zip.ZipEntry.STORED);
			mimetype.setSize(type.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
