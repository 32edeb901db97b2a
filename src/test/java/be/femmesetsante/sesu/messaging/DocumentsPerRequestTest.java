package be.femmesetsante.sesu.messaging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.MessagingFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The total a request may hold in documents (issue 12), with small limits so the test reaches them:
 * 4,000 bytes and 4 documents per request. Both the professional's and the team's uploads count,
 * a sending is kept whole or refused whole, the refusal comes back on the request's page with
 * what to do instead, and sendings at the same moment never pass the limit together.
 */
@IntegrationTest
@TestPropertySource(properties = { "sesu.limits.document-size-per-request=4000B",
		"sesu.limits.documents-per-request=4" })
class DocumentsPerRequestTest {

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
	JdbcClient jdbc;

	World world;

	@BeforeEach
	void createWorld() {
		world = MessagingFixture.create(accounts, organisations, requests);
	}

	@Test
	void theProfessionalsAndTheTeamsDocumentsCountTogetherUpToTheRequestsTotal() throws Exception {
		String reference = world.brusselsReference();
		send(world.professionalA(), reference, pdf("a.pdf", 1500)).andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "messaging.flash.shared"));
		send(world.staff(), reference, pdf("b.pdf", 1500)).andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "messaging.flash.shared"));

		// 3,000 + 1,500 > 4,000: refused, for the professional and for the team alike.
		MvcResult refused = send(world.professionalA(), reference, pdf("c.pdf", 1500))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/requests/" + reference + "#document-form"))
			.andExpect(flash().attribute(ConversationController.DOCUMENT_ERROR, MessagingException.REQUEST_FULL_SIZE))
			.andReturn();
		Object[] arguments = (Object[]) refused.getFlashMap().get(ConversationController.DOCUMENT_ERROR + "Arguments");
		assertThat(arguments).containsExactly(3000 / (1024.0 * 1024.0), 4000 / (1024.0 * 1024.0));
		send(world.staff(), reference, pdf("d.pdf", 1500))
			.andExpect(redirectedUrl("/casework/requests/" + reference + "#document-form"))
			.andExpect(flash().attribute(ConversationController.DOCUMENT_ERROR, MessagingException.REQUEST_FULL_SIZE));
		assertThat(stored(world.brusselsRequestId())).containsExactly(2L, 3000L);

		// The message on the request's page, in both languages, says nothing was sent and what to do.
		// (The flash map is handed to the page as the redirect's next request would find it: MockMvc's
		// flashAttrs would put it in the mock's own session, which Spring Session does not read.)
		String french = mvc.perform(get("/requests/{r}", reference).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap())
			.with(signedIn(world.professionalA())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(french).contains("id=\"document-file-error\"").contains("Rien n’a été envoyé")
			.contains("Partagez plutôt un lien");
		String english = mvc.perform(get("/requests/{r}", reference).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap())
			.param("lang", "en").with(signedIn(world.professionalA())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Nothing was sent").contains("Share a link to the document");

		// Exactly up to the limit is still accepted: 3,000 + 1,000 = 4,000.
		send(world.staff(), reference, pdf("e.pdf", 1000)).andExpect(flash().attribute("flash", "messaging.flash.shared"));
		assertThat(stored(world.brusselsRequestId())).containsExactly(3L, 4000L);
		// Another request has its own total.
		send(world.professionalB(), world.walloniaReference(), pdf("f.pdf", 3500))
			.andExpect(flash().attribute("flash", "messaging.flash.shared"));
	}

	@Test
	void aSendingThatWouldPassTheTotalIsRefusedWhole() throws Exception {
		send(world.professionalA(), world.brusselsReference(), pdf("1.pdf", 1500), pdf("2.pdf", 1500),
				pdf("3.pdf", 1500))
			.andExpect(flash().attribute(ConversationController.DOCUMENT_ERROR, MessagingException.REQUEST_FULL_SIZE));
		assertThat(stored(world.brusselsRequestId())).containsExactly(0L, 0L);
	}

	@Test
	void theNumberOfDocumentsPerRequestIsCappedToo() throws Exception {
		send(world.professionalA(), world.brusselsReference(), pdf("1.pdf", 200), pdf("2.pdf", 200), pdf("3.pdf", 200))
			.andExpect(flash().attribute("flash", "messaging.flash.sharedSeveral"));
		send(world.staff(), world.brusselsReference(), pdf("4.pdf", 200))
			.andExpect(flash().attribute("flash", "messaging.flash.shared"));
		send(world.professionalA(), world.brusselsReference(), pdf("5.pdf", 200))
			.andExpect(flash().attribute(ConversationController.DOCUMENT_ERROR, MessagingException.REQUEST_FULL_COUNT))
			.andExpect(flash().attribute(ConversationController.DOCUMENT_ERROR + "Arguments", new Object[] { 4 }));
		assertThat(stored(world.brusselsRequestId())).containsExactly(4L, 800L);
	}

	@Test
	void sendingsAtTheSameMomentNeverPassTheTotalTogether() throws Exception {
		int senders = 8;
		byte[] file = pdf("x.pdf", 1500).getBytes();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				PortalUser who = i % 2 == 0 ? world.professionalA() : world.staff();
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						conversations.share(Actor.of(who), world.brusselsReference(), "x.pdf",
								new ByteArrayInputStream(file));
						return true;
					}
					catch (MessagingException refused) {
						assertThat(refused.messageKey()).isEqualTo(MessagingException.REQUEST_FULL_SIZE);
						return false;
					}
				}));
			}
			start.countDown();
			long accepted = 0;
			for (Future<Boolean> outcome : outcomes) {
				accepted += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			// Two of 1,500 bytes fit in 4,000; the count (4) would have let four in.
			assertThat(accepted).isEqualTo(2);
			assertThat(stored(world.brusselsRequestId())).containsExactly(2L, 3000L);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private org.springframework.test.web.servlet.ResultActions send(PortalUser who, String reference,
			MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder upload = multipart("/requests/{r}/documents", reference);
		Arrays.stream(files).forEach(upload::file);
		return mvc.perform(upload.with(csrf()).with(signedIn(who)));
	}

	/** How many documents a request holds and their bytes together, read in the database. */
	private List<Long> stored(long requestId) {
		return jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from request_document where request_id = ?")
			.param(requestId)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** A well-formed PDF of exactly this many bytes (a comment pads it). */
	private static MockMultipartFile pdf(String name, int size) {
		byte[] head = MessagingFixture.pdf();
		byte[] content = new byte[size];
		System.arraycopy(head, 0, content, 0, head.length);
		Arrays.fill(content, head.length, size, (byte) ' ');
		content[head.length] = '%';
		content[size - 1] = '\n';
		return new MockMultipartFile("file", name, "application/pdf", content);
	}

}
