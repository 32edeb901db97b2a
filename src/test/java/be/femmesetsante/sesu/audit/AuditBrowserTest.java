package be.femmesetsante.sesu.audit;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.CaseworkFixture;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read who accessed a request on its page; an admin searches the trail and previews and runs
 * retention. Real Chromium, real sign-ins; every page axe-clean at 360 and 1280 px, French and English.
 */
class AuditBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	PortalUser admin;

	/** The first-admin set-up test needs a database without admin: ours goes when the test is done. */
	@AfterEach
	void removeTheAdmin() {
		if (admin != null) {
			jdbc.sql("delete from account where id = ?").param(admin.accountId()).update();
		}
	}

	@Test
	void staffReadWhoAccessedARequestOnItsPage() {
		CaseworkFixture.World world = CaseworkFixture.create(accounts, organisations);
		String reference = CaseworkFixture.submit(requests, world.brusselsPro(), "Affiches " + world.tag(),
				"Relire nos affiches", SupportKind.TOOL_REVIEW);

		open("/?lang=fr");
		signInAsProfessional(world.brusselsPro().email());
		open("/requests/" + reference);
		assertThat(browser.getPageSource()).doesNotContain("id=\"accesses\"");
		signOut();

		signInWithPasswordAndCode(world.staff().email(), CaseworkFixture.PASSWORD);
		open("/casework/requests/" + reference);
		String accesses = find("#accesses").getText();
		assertThat(accesses).contains("Qui a consulté ou modifié cette demande", world.brusselsPro().displayName(),
				"Page de la demande consultée", "Demande envoyée", world.staff().displayName());
		checkPage("audit-request-accesses-fr");
		open("/casework/requests/" + reference + "?lang=en");
		assertThat(find("#accesses").getText()).contains("Who read or changed this request", "Request page read",
				"Request sent");
		checkPage("audit-request-accesses-en");
		open("/?lang=fr");
	}

	@Test
	void anAdminSearchesTheTrailThenPreviewsAndRunsRetention() {
		CaseworkFixture.World world = CaseworkFixture.create(accounts, organisations);
		String reference = CaseworkFixture.submit(requests, world.walloniaPro(), "Brochure " + world.tag(),
				"Relire notre brochure", SupportKind.TOOL_REVIEW);
		Actor staff = world.staffActor();
		SupportRequestView request = requests.findByReference(staff, reference).orElseThrow().request();
		requests.decline(staff, request.id(), request.version(), "Hors mission");
		jdbc.sql("update support_request set updated_at = now() - interval '30 months' where reference = ?")
			.param(reference).update();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		admin = accounts.createWithPassword("admin-" + tag + "@example.org", "Admin " + tag, Role.ADMIN,
				CaseworkFixture.PASSWORD);

		open("/?lang=fr");
		signInWithPasswordAndCode(admin.email(), CaseworkFixture.PASSWORD);
		// Every admin page is under the main navigation's one "Administration" link.
		clickAndWait(".main-nav a[href$='/admin/accounts']");
		clickAndWait(".sub-nav a[href$='/admin/audit']");
		assertThat(heading()).isEqualTo("Journal d’accès");
		find("#reference").sendKeys(reference);
		clickAndWait("form[role=search] button[type=submit]");
		assertThat(find("main").getText()).contains(reference, "Demande non retenue", "Demande envoyée", "Jo " + world.tag());
		checkPage("audit-search-fr");

		clickAndWait(".sub-nav a[href$='/admin/retention']");
		assertThat(heading()).isEqualTo("Conservation des données");
		assertThat(find("#preview-requests").getText()).contains(reference, "Non retenue");
		checkPage("retention-preview-fr");
		clickAndWait("form[action$='/admin/retention/run'] button[type=submit]");
		assertThat(find("main").getText()).contains("L’anonymisation est faite");
		assertThat(browser.getPageSource()).doesNotContain(">" + reference + "<");
		checkPage("retention-run-fr");
		assertThat(jdbc.sql("select title from support_request where reference = ?").param(reference)
			.query(String.class).single()).isEqualTo("—");

		// A period out of range: refused beside the field, what was typed kept.
		find("#months").clear();
		find("#months").sendKeys("0");
		clickAndWait("#period-form button[type=submit]");
		assertThat(find("#months-error").getText()).contains("entre 1 et 240 mois");
		checkPage("retention-period-refused-fr");

		open("/admin/retention?lang=en");
		assertThat(heading()).isEqualTo("Data retention");
		assertThat(find("main").getText()).contains("What would be anonymised tonight", "Previous runs", "An admin");
		checkPage("retention-preview-en");
		open("/admin/audit?lang=en&reference=" + reference);
		assertThat(find("main").getText()).contains("Request anonymised", "Request declined");
		checkPage("audit-search-en");
		open("/?lang=fr");
	}
}
