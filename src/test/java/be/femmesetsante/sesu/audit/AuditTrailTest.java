package be.femmesetsante.sesu.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.CaseworkFixture;
import be.femmesetsante.sesu.messaging.Conversations;
import be.femmesetsante.sesu.messaging.MessagingFixture;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail on the real pages, real accounts and real requests: every read of a request goes
 * through one door and leaves one row; changes leave theirs in the same transaction; sign-ins and
 * refused sign-ins too; staff see who accessed a request, admins search and export; and nobody,
 * not even the portal's own database role, can change or erase a row.
 */
@IntegrationTest
class AuditTrailTest {

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

	@Autowired
	PlatformTransactionManager transactions;

	CaseworkFixture.World world;

	String reference;

	@BeforeEach
	void aBrusselsRequest() {
		world = CaseworkFixture.create(accounts, organisations);
		reference = CaseworkFixture.submit(requests, world.brusselsPro(), "Affiches " + world.tag(),
				"Relire nos affiches", SupportKind.TOOL_REVIEW);
	}

	record Row(Long actor, String action, String fields, String detail, String address) {
	}

	List<Row> rows(String reference) {
		return jdbc.sql("""
				select actor_account_id, action, array_to_string(fields, ','), detail, client_address
				from audit_event where request_reference = ? order by id""")
			.param(reference)
			.query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	@Test
	void theProfessionalsPageAndTheTeamsPageEachRecordOneReadWithWhoAndFromWhere() throws Exception {
		int before = rows(reference).size();
		mvc.perform(get("/requests/" + reference).with(signedIn(world.brusselsPro()))).andExpect(status().isOk());
		mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.staff()))).andExpect(status().isOk());
		mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.partner()))).andExpect(status().isOk());

		List<Row> reads = rows(reference).subList(before, rows(reference).size());
		assertThat(reads).containsExactly(
				new Row(world.brusselsPro().accountId(), "PAGE_READ", "", null, "127.0.0.1"),
				new Row(world.staff().accountId(), "PAGE_READ", "", null, "127.0.0.1"),
				new Row(world.partner().accountId(), "PAGE_READ", "", null, "127.0.0.1"));
	}

	@Test
	void aRequestOutsideTheReadersScopeIsNotFoundAndRecordsNoRead() throws Exception {
		int before = rows(reference).size();
		mvc.perform(get("/requests/" + reference).with(signedIn(world.walloniaPro()))).andExpect(status().isNotFound());
		assertThat(rows(reference)).hasSize(before);
	}

	@Test
	void aDocumentDownloadAndTheProfessionalsExportAreRecordedAsSuch() throws Exception {
		Actor pro = Actor.of(world.brusselsPro());
		long document = conversations.share(pro, reference, "affiche.pdf",
				new java.io.ByteArrayInputStream(MessagingFixture.pdf())).id();
		mvc.perform(get("/requests/" + reference + "/documents/" + document).with(signedIn(world.staff())))
			.andExpect(status().isOk());
		mvc.perform(post("/my-data/export").with(csrf()).with(signedIn(world.brusselsPro()))).andExpect(status().isOk());

		assertThat(rows(reference)).contains(
				new Row(world.brusselsPro().accountId(), "DOCUMENT_SHARED", "file_name,content", null, null),
				new Row(world.staff().accountId(), "DOCUMENT_READ", "", "document " + document, "127.0.0.1"),
				new Row(world.brusselsPro().accountId(), "EXPORT_READ", "", "requests.json", "127.0.0.1"));
	}

	@Test
	void aChangeIsRecordedWithTheFieldsItTouchedNeverTheirContent() throws Exception {
		Actor staff = world.staffActor();
		SupportRequestView request = requests.findByReference(staff, reference).orElseThrow().request();
		request = requests.assignLead(staff, request.id(), request.version(), staff.accountId());
		requests.decline(staff, request.id(), request.version(), "Hors de notre mission " + world.tag());

		assertThat(rows(reference)).contains(
				new Row(world.brusselsPro().accountId(), "SUBMITTED",
						"title,description,audience,audience_tags,kinds,desired_period,preferred_format,team_size,heard_of_us,privacy_notice_version",
						null, null),
				new Row(staff.accountId(), "LEAD_ASSIGNED", "status,lead", null, null),
				new Row(staff.accountId(), "DECLINED", "status,decline_reason", null, null));
		assertThat(jdbc.sql("select count(*) from audit_event where detail like ? or array_to_string(fields, ',') like ?")
			.param("%" + world.tag() + "%").param("%" + world.tag() + "%").query(Long.class).single())
			.as("the reason typed is nowhere in the trail").isZero();
	}

	@Test
	void aChangeRolledBackTakesItsAuditRowWithItBecauseBothAreInOneTransaction() {
		Actor staff = world.staffActor();
		SupportRequestView request = requests.findByReference(staff, reference).orElseThrow().request();
		int before = rows(reference).size();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			requests.assignLead(staff, request.id(), request.version(), staff.accountId());
			assertThat(rows(reference)).as("inside the transaction").hasSize(before + 1);
			tx.setRollbackOnly();
		});
		assertThat(rows(reference)).as("after the rollback").hasSize(before);
	}

	@Test
	void aCaseworkEntryIsRecordedAsAChange() throws Exception {
		Actor staff = world.staffActor();
		SupportRequestView request = requests.findByReference(staff, reference).orElseThrow().request();
		requests.assignLead(staff, request.id(), request.version(), staff.accountId());
		mvc.perform(post("/casework/requests/" + reference + "/contacts").with(csrf()).with(signedIn(world.staff()))
			.param("date", java.time.LocalDate.now().toString()).param("channel", "PHONE")
			.param("summary", "Appel " + world.tag()))
			.andExpect(status().is3xxRedirection());
		assertThat(rows(reference)).contains(
				new Row(staff.accountId(), "CONTACT_NOTED", "contact_date,channel,summary", null, "127.0.0.1"));
	}

	@Test
	void aSignInAndARefusedPasswordAreRecordedAgainstTheAccountTheyName() throws Exception {
		long staff = world.staff().accountId();
		mvc.perform(post("/login").with(csrf()).param("email", world.staff().email()).param("password", "wrong one"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").with(csrf()).param("email", world.staff().email())
			.param("password", CaseworkFixture.PASSWORD)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").with(csrf()).param("email", "nobody-" + world.tag() + "@example.org")
			.param("password", "whatever")).andExpect(status().is3xxRedirection());

		List<Map<String, Object>> signIns = jdbc.sql("""
				select action, detail from audit_event where actor_account_id = ? and action like 'SIGN_IN%' order by id""")
			.param(staff)
			.query()
			.listOfRows();
		assertThat(signIns).extracting(r -> r.get("action") + " " + r.get("detail"))
			.containsExactly("SIGN_IN_FAILED PASSWORD: BadCredentialsException", "SIGN_IN PASSWORD");
		assertThat(jdbc.sql("select count(*) from audit_event where detail like ?").param("%" + world.tag() + "%")
			.query(Long.class).single()).as("an unknown address typed is never stored").isZero();
	}

	@Test
	void staffSeeWhoAccessedTheRequestOnItsPagePartnersAndRequestersDoNot() throws Exception {
		mvc.perform(get("/requests/" + reference).with(signedIn(world.brusselsPro()))).andExpect(status().isOk());
		String staffPage = mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.staff())))
			.andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("id=\"accesses\"").contains(world.brusselsPro().displayName())
			.contains("Page de la demande consultée");
		String partnerPage = mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.partner())))
			.andReturn().getResponse().getContentAsString();
		assertThat(partnerPage).doesNotContain("id=\"accesses\"");
		String requesterPage = mvc.perform(get("/requests/" + reference).with(signedIn(world.brusselsPro())))
			.andReturn().getResponse().getContentAsString();
		assertThat(requesterPage).doesNotContain("id=\"accesses\"");
	}

	@Test
	void onTheRequestsPageAPersonsReadsOfADayAreOneLineAndEachChangeKeepsItsOwn() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.staff()))).andExpect(status().isOk());
		}
		String page = mvc.perform(get("/casework/requests/" + reference).with(signedIn(world.staff())))
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Element accesses = org.jsoup.Jsoup.parse(page).getElementById("accesses");
		List<String> lines = accesses.select("tbody tr").eachText();
		// Three reads before, and the one that shows this page: one line, four times.
		assertThat(lines).filteredOn(line -> line.contains(world.staff().displayName())
				&& line.contains("Page de la demande consultée")).singleElement().asString()
			.contains("(4 fois)");
		assertThat(lines).filteredOn(line -> line.contains("Demande envoyée")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_event where request_reference = ? and action = 'PAGE_READ'"
				+ " and actor_account_id = ?").param(reference).param(world.staff().accountId()).query(Long.class).single())
			.as("every read is still a row of the trail").isGreaterThanOrEqualTo(4);
	}

	@Test
	void adminsSearchByRequestPersonAndActionAndExportACsvSpreadsheetsCannotRunAsFormulas() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PortalUser admin = accounts.createWithPassword("audit-admin-" + tag + "@example.org", "Admin " + tag, Role.ADMIN,
				CaseworkFixture.PASSWORD);
		try {
			searchAndExport(admin, tag);
		}
		finally {
			// The first-admin set-up test needs a database without admin.
			jdbc.sql("delete from account where id = ?").param(admin.accountId()).update();
		}
	}

	void searchAndExport(PortalUser admin, String tag) throws Exception {
		PortalUser formula = accounts.createWithPassword("formula-" + tag + "@example.org", "=HYPERLINK(\"x\";\"y\") " + tag,
				Role.STAFF, CaseworkFixture.PASSWORD);
		mvc.perform(get("/casework/requests/" + reference).with(signedIn(formula))).andExpect(status().isOk());

		String page = mvc.perform(get("/admin/audit").param("reference", reference.toLowerCase())
			.param("action", "PAGE_READ").with(signedIn(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("1 ligne trouvée").contains(reference);
		String byPerson = mvc.perform(get("/admin/audit").param("person", tag).with(signedIn(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(byPerson).contains("1 ligne trouvée");

		byte[] csv = mvc.perform(get("/admin/audit/export").param("reference", reference).with(signedIn(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(text.lines().toList().get(0)).contains("Quand;Numéro du compte;Qui;Quoi;Demande");
		assertThat(text).contains(";\"'=HYPERLINK(\"\"x\"\";\"\"y\"\") " + tag + "\";PAGE_READ;" + reference + ";");

		mvc.perform(get("/admin/audit").with(signedIn(world.staff()))).andExpect(status().isForbidden());
	}

	@Test
	void cellsStartingWithAFormulaSignAreNeutralised() {
		assertThat(AuditController.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(AuditController.cell("+32 2")).isEqualTo("'+32 2");
		assertThat(AuditController.cell("-3")).isEqualTo("'-3");
		assertThat(AuditController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditController.cell("a;b")).isEqualTo("\"a;b\"");
		assertThat(AuditController.cell("Camille")).isEqualTo("Camille");
	}

	@Test
	void theTrailIsAppendOnlyEvenForThePortalsOwnDatabaseRole() throws Exception {
		mvc.perform(get("/requests/" + reference).with(signedIn(world.brusselsPro()))).andExpect(status().isOk());
		long id = jdbc.sql("select max(id) from audit_event where request_reference = ?").param(reference)
			.query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_account_id = null where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_event is append-only");
		assertThat(jdbc.sql("select actor_account_id from audit_event where id = ?").param(id).query(Long.class).single())
			.isEqualTo(world.brusselsPro().accountId());
	}
}
