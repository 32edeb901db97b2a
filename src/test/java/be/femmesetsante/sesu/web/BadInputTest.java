package be.femmesetsante.sesu.web;

import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.ActivityLimits;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.MessagingFixture;
import be.femmesetsante.sesu.organisation.EnterpriseNumber;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.SignedIn;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The inputs that once answered 500 (issue 12, "Bad input"), each now a clear answer: NUL in the
 * sign-in address, the inbox search and a decline reason; an inbox date out of any range; a file
 * name whose extension is longer than a file name may be; a stored enterprise number with a wrong
 * check digit. Plus the upload rules (macro-capable Office formats) and the per-person limits.
 */
@IntegrationTest
class BadInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	ActivityLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	MessagingFixture.World world;

	@BeforeEach
	void world() {
		world = MessagingFixture.create(accounts, organisations, requests);
		// No admin may stay behind: the first-run set-up test needs a database without one.
		jdbc.sql("delete from account where id = ?").param(world.admin().accountId()).update();
	}

	@Test
	void aNulInTheSignInAddressAnswersThePageNotAServerError() throws Exception {
		assertThat(status(post("/login/link").param("username", "ab\u0000c@example.org").with(csrf())))
			.isBetween(200, 499);
		assertThat(status(post("/login").param("email", "ab\u0000c@example.org").param("password", "x\u0000y")
			.with(csrf()))).isBetween(200, 499);
	}

	@Test
	void aNulInTheInboxSearchAndADateBeyondAnyCalendarShowTheInbox() throws Exception {
		MockHttpServletResponse search = perform(get("/casework/inbox").param("q", "accueil\u0000")
			.with(SignedIn.signedIn(world.staff())));
		assertThat(search.getStatus()).isEqualTo(200);
		for (String date : new String[] { "+999999999-12-31", "-999999999-01-01", "0000-01-01", "99999-01-01" }) {
			assertThat(perform(get("/casework/inbox").param("to", date).param("from", date)
				.with(SignedIn.signedIn(world.staff()))).getStatus()).as(date).isEqualTo(200);
		}
	}

	@Test
	void aNulInADeclineReasonIsDroppedAndTheRequestDeclined() throws Exception {
		Actor team = Actor.of(world.staff());
		SupportRequestView request = requests.assignLead(team, world.brusselsRequestId(),
				requests.findByReference(team, world.brusselsReference()).orElseThrow().request().version(),
				team.accountId());
		MockHttpServletResponse declined = perform(post("/casework/requests/" + world.brusselsReference() + "/decline")
			.param("version", Long.toString(request.version()))
			.param("reason", "Hors de nos missions\u0000 : voyez le planning")
			.with(csrf())
			.with(SignedIn.signedIn(world.staff())));
		assertThat(declined.getStatus()).isEqualTo(302);
		assertThat(requests.findByReference(team, world.brusselsReference()).orElseThrow().request().status().name())
			.isEqualTo("DECLINED");
	}

	@Test
	void aFileWhoseExtensionIsLongerThanAFileNameIsRefusedWithTheTypeMessage() throws Exception {
		String name = "rapport." + "x".repeat(300);
		MockHttpServletResponse refused = upload(world.professionalA(), name, MessagingFixture.pdf());
		assertThat(refused.getStatus()).isIn(302, 422);
		assertThat(documents()).isZero();
	}

	@Test
	void macroCapableOfficeFilesAreRefusedWithTheirOwnMessage() throws Exception {
		for (String extension : new String[] { "doc", "xls", "ppt", "docm", "xlsm", "DOC" }) {
			var refused = mvc.perform(multipart("/requests/" + world.brusselsReference() + "/documents")
				.file(new MockMultipartFile("file", "budget." + extension, "application/octet-stream",
						MessagingFixture.docx()))
				.with(csrf())
				.with(SignedIn.signedIn(world.professionalA()))).andReturn();
			assertThat(refused.getResponse().getRedirectedUrl()).as(extension).endsWith("#document-form");
			// The request's page shows this key's message beside the document form (ThreadSection).
			assertThat(refused.getFlashMap().values()).as(extension).contains("messaging.error.fileMacro");
		}
		assertThat(documents()).isZero();
		// A .docx of the same bytes is accepted: the refusal is the format's, not the content's.
		assertThat(upload(world.professionalA(), "budget.docx", MessagingFixture.docx()).getStatus()).isEqualTo(302);
		assertThat(documents()).isOne();
	}

	@Test
	void aStoredEnterpriseNumberWithAWrongCheckDigitIsRefusedByTheDatabaseAndReadAsNone() {
		long organisation = world.professionalA().organisationId();
		assertThatThrownBy(() -> jdbc.sql("update organisation set enterprise_number = '0123456788' where id = ?")
			.param(organisation)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("organisation_enterprise_number_check_digits");
		// A valid one passes (0123456749: 97 - 1234567 mod 97 = 49).
		jdbc.sql("update organisation set enterprise_number = ? where id = ?")
			.param(String.format("%08d%02d", 1234567, EnterpriseNumber.checkDigitsFor(1234567)))
			.param(organisation)
			.update();
		assertThat(EnterpriseNumber.fromStorage("0123456788")).isEmpty();
		assertThat(EnterpriseNumber.fromStorage("abc")).isEmpty();
		assertThat(EnterpriseNumber.fromStorage(null)).isEmpty();
		assertThat(EnterpriseNumber.fromStorage("0123456749")).map(EnterpriseNumber::digits).contains("0123456749");
	}

	@Test
	void aPersonOverTheirHourlyMessagesOrDocumentsGetsTheLimitPage() throws Exception {
		PortalUser a = world.professionalA();
		for (int i = 0; i < limits.capacity(ActivityLimits.Activity.MESSAGE); i++) {
			limits.take(ActivityLimits.Activity.MESSAGE, a.accountId());
		}
		MockHttpServletResponse message = perform(post("/requests/" + world.brusselsReference() + "/messages")
			.param("body", "Encore un message").with(csrf()).with(SignedIn.signedIn(a)));
		assertThat(message.getStatus()).isEqualTo(429);
		assertThat(message.getHeader("Retry-After")).isNotBlank();
		assertThat(text(message.getContentAsString())).contains(html("limit.messages"));
		assertThat(jdbc.sql("select count(*) from request_message where request_id = ?").param(world.brusselsRequestId())
			.query(Long.class).single()).isZero();

		for (int i = 0; i < limits.capacity(ActivityLimits.Activity.UPLOAD); i++) {
			limits.take(ActivityLimits.Activity.UPLOAD, a.accountId());
		}
		MockHttpServletResponse document = upload(a, "budget.pdf", MessagingFixture.pdf());
		assertThat(document.getStatus()).isEqualTo(429);
		assertThat(text(document.getContentAsString())).contains(html("limit.uploads"));
		assertThat(documents()).isZero();
		// Another person is not limited by A's use.
		assertThat(upload(world.staff(), "budget.pdf", MessagingFixture.pdf()).getStatus()).isEqualTo(302);
	}

	@Test
	void aPersonOverTheirDailySubmissionsGetsTheLimitPageAndNothingIsCreated() throws Exception {
		PortalUser a = world.professionalA();
		for (int i = 0; i < limits.capacity(ActivityLimits.Activity.SUBMISSION); i++) {
			limits.take(ActivityLimits.Activity.SUBMISSION, a.accountId());
		}
		long before = submissions(a);
		MockHttpServletResponse refused = perform(post("/requests/new").with(csrf()).with(SignedIn.signedIn(a))
			.param("formToken", UUID.randomUUID().toString())
			.param("kinds", "TOOL_REVIEW")
			.param("title", "Une demande de trop")
			.param("description", "Nos affiches de prévention parlent-elles à tout le monde ?")
			.param("preferredFormat", "TEAM")
			.param("teamSize", "6")
			.param("heardOfUs", "Une collègue")
			.param("privacyAccepted", "true"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(text(refused.getContentAsString())).contains(html("limit.submissions"));
		assertThat(submissions(a)).isEqualTo(before);
	}

	private long submissions(PortalUser professional) {
		return jdbc.sql("select count(*) from support_request where organisation_id = ?")
			.param(professional.organisationId())
			.query(Long.class)
			.single();
	}

	private long documents() {
		return jdbc.sql("select count(*) from request_document where request_id = ?")
			.param(world.brusselsRequestId())
			.query(Long.class)
			.single();
	}

	private MockHttpServletResponse upload(PortalUser who, String name, byte[] content) throws Exception {
		return perform(multipart("/requests/" + world.brusselsReference() + "/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(csrf())
			.with(SignedIn.signedIn(who)));
	}

	/** The message as read on the page. */
	private String html(String key) {
		return messages.getMessage(key, new Object[] { 1 }, java.util.Locale.forLanguageTag("fr-BE"));
	}

	private static String text(String page) {
		return org.jsoup.Jsoup.parse(page).text();
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return perform(request).getStatus();
	}

	private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		try {
			return mvc.perform(request).andReturn().getResponse();
		}
		catch (ServletException ex) {
			throw new AssertionError("a server error (500) for " + request, ex);
		}
	}

}
