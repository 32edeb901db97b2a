package be.femmesetsante.sesu.reference;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PrivacyNotices;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin edits the kinds of support (adds one, retires one) and a professional's request form then
 * offers the new one and not the retired one; an admin publishes a new version of the privacy notice
 * and {@code /privacy} shows it. French first, then English; axe-clean at 360 px and desktop. The
 * entry retired here is one this test added, so other tests keep the kinds they use.
 */
class ReferenceDataBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	java.util.List<ReferenceList> lists;

	@Autowired
	PrivacyNotices notices;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	private final String adminEmail = "ref-browser-admin-" + run.toLowerCase(Locale.ROOT) + "@example.org";

	private final String password = "a long enough passphrase " + run;

	/** The admin goes when the test is done: the first-run set-up test needs a database without any admin. */
	@AfterEach
	void removeTheAdmin() {
		jdbc.sql("delete from account where email = ?").param(adminEmail).update();
	}

	@Test
	void anAdminAddsAKindAndRetiresAnotherThenTheRequestFormOffersTheNewOneOnly() {
		ReferenceList kinds = lists.stream().filter(l -> l.name().equals("kinds")).findFirst().orElseThrow();
		String older = "OLDER_" + run;
		kinds.add(older, "Ancien accompagnement " + run, "Former support " + run);
		accounts.createWithPassword(adminEmail, "Ada " + run, Role.ADMIN, password);
		PortalUser professional = professional();

		open("/?lang=fr");
		signInWithPasswordAndCode(adminEmail, password);
		clickAndWait(".main-nav a[href$='/admin/accounts']");
		clickAndWait(".sub-nav a[href$='/admin/reference']");
		assertThat(heading()).isEqualTo("Listes de référence");
		checkPage("reference-index-fr");
		clickAndWait("a[href$='/admin/reference/kinds']");
		assertThat(heading()).isEqualTo("Types d’accompagnement");
		assertThat(find("#entry-" + older).getText()).contains("Ancien accompagnement " + run, "Proposée");
		checkPage("reference-kinds-fr");

		// Refused first (no French label): the same page says why, keeping what was typed.
		find("#code").sendKeys("ateliers_" + run);
		find("#labelEn").sendKeys("Peer workshops " + run);
		clickAndWait("#add");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#error-summary").getText()).contains("Indiquez un libellé.");
		assertThat(find("#code").getAttribute("value")).isEqualTo("ateliers_" + run);
		assertThat(find("#labelEn").getAttribute("value")).isEqualTo("Peer workshops " + run);
		checkPage("reference-add-refused-fr");
		find("#labelFr").sendKeys("Ateliers entre pairs " + run);
		clickAndWait("#add");
		assertThat(find("main .notice-success").getText()).contains("ajoutée");
		String added = "ATELIERS_" + run;
		assertThat(find("#entry-" + added).getText()).contains("Ateliers entre pairs " + run, "Peer workshops " + run);

		// Retire the older one on its own page.
		clickAndWait("#entry-" + older + " a");
		assertThat(heading()).contains(older);
		checkPage("reference-entry-fr");
		find("#offered1").click();
		clickAndWait("#save");
		assertThat(find("#entry-" + older).getText()).contains("Retirée");
		checkPage("reference-kinds-edited-fr");

		open("/admin/reference/kinds?lang=en");
		assertThat(heading()).isEqualTo("Kinds of support");
		assertThat(find("#entry-" + older).getText()).contains("Retired");
		checkPage("reference-kinds-en");
		open("/admin/reference/kinds/" + added);
		checkPage("reference-entry-en");
		open("/admin/reference?lang=fr");
		signOut();

		// The professional's form offers the new kind, not the retired one, in both languages.
		signInAsProfessional(professional.email());
		open("/requests/new");
		WebElement choices = find("#kinds");
		assertThat(choices.getText()).contains("Ateliers entre pairs " + run, "Relecture")
			.doesNotContain("Ancien accompagnement " + run);
		assertThat(browser.findElements(By.cssSelector("input[name='kinds'][value='" + older + "']"))).isEmpty();
		checkPage("request-form-kinds-fr");
		open("/requests/new?lang=en");
		assertThat(find("#kinds").getText()).contains("Peer workshops " + run).doesNotContain("Former support " + run);
		checkPage("request-form-kinds-en");
		open("/?lang=fr");
	}

	@Test
	void anAdminPublishesANewPrivacyNoticeVersionAndThePrivacyPageShowsIt() {
		accounts.createWithPassword(adminEmail, "Ada " + run, Role.ADMIN, password);
		String before = notices.current().version();

		open("/?lang=fr");
		signInWithPasswordAndCode(adminEmail, password);
		open("/admin/privacy");
		assertThat(heading()).isEqualTo("Notice de confidentialité");
		assertThat(find("#versions").getText()).contains(before);
		checkPage("privacy-admin-fr");

		append("#textFr", "\n\n## Nouveauté " + run + "\n\nNous ajoutons un paragraphe à la notice.");
		append("#textEn", "\n\n## New " + run + "\n\nWe add a paragraph to the notice.");
		clickAndWait("#publish");
		assertThat(find("main .notice-success").getText()).contains("publiée");
		String published = notices.current().version();
		assertThat(published).isNotEqualTo(before).matches("\\d{4}-\\d{2}-v\\d+");
		assertThat(find("#versions").getText()).contains(published, before);
		checkPage("privacy-admin-published-fr");

		clickAndWait(".main-nav a[href$='/privacy']");
		assertThat(find("main").getText()).contains("Nouveauté " + run, "Nous ajoutons un paragraphe",
				"Version " + published);
		checkPage("privacy-new-version-fr");
		open("/privacy?lang=en");
		assertThat(find("main").getText()).contains("New " + run, "We add a paragraph", "Version " + published);
		checkPage("privacy-new-version-en");
		open("/privacy/" + before);
		assertThat(find("#older-version").getText()).contains("earlier version");
		checkPage("privacy-older-version-en");
		open("/admin/privacy");
		checkPage("privacy-admin-en");
		open("/?lang=fr");
	}

	private void append(String selector, String text) {
		script("arguments[0].value = arguments[0].value + arguments[1];", find(selector), text);
	}

	private PortalUser professional() {
		OrganisationView organisation = organisations.register(new NewOrganisation("Centre Référence " + run,
				Sector.PLANNING_FAMILIAL, null, "Rue Haute 3", "1000", "Bruxelles", null, null, "Contact", null));
		return accounts.createProfessional("ref-pro-" + run.toLowerCase(Locale.ROOT) + "@example.org", "Robin " + run,
				null, organisation.id());
	}
}
