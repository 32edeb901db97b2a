package be.femmesetsante.sesu.organisation;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional edits the organisation's profile in a real browser while a colleague of the same
 * organisation saves it: the page says so, keeps what was typed, shows the colleague's profile with
 * the differing lines marked, axe-clean at phone and desktop width; saving again, having compared,
 * is accepted.
 */
class OrganisationProfileBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void aColleaguesSaveMeanwhileIsShownAndNothingTypedIsLost(String lang) {
		boolean fr = lang.equals("fr");
		String run = UUID.randomUUID().toString().substring(0, 8);
		NewOrganisation described = new NewOrganisation("Planning familial Duo " + run, Sector.PLANNING_FAMILIAL,
				null, "Rue Haute 100", "1000", "Bruxelles", null, null, "Awa Diallo", null);
		OrganisationView organisation = organisations.register(described);
		PortalUser awa = accounts.createProfessional("awa-" + run + "@example.org", "Awa Diallo", null,
				organisation.id());
		accounts.createProfessional("lou-" + run + "@example.org", "Lou Martin", null, organisation.id());

		open("/?lang=" + lang);
		signInAsProfessional(awa.email());
		open("/organisation");
		checkPage("organisation-edit-" + lang);

		// Lou, a colleague, saves the profile while Awa's page is open (on the version Lou was shown).
		organisations.update(organisation.id(), organisation.version(), new NewOrganisation(described.name(),
				described.sector(), null, described.street(), "1000", "Bruxelles", null, "www.duo.be", "Lou Martin", null));

		find("#name").clear();
		find("#name").sendKeys("Planning familial Duo asbl " + run);
		clickAndWait("form[action$='/organisation'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith(fr ? "Erreur\u00a0: " : "Error: ");
		assertThat(find("#error-summary").getText()).isNotBlank();
		assertThat(find("#name").getAttribute("value")).isEqualTo("Planning familial Duo asbl " + run);
		assertThat(find("#changed-meanwhile").getText()).contains("www.duo.be").contains("Lou Martin");
		checkPage("organisation-changed-meanwhile-" + lang);
		assertThat(organisations.findById(organisation.id()).orElseThrow().name()).isEqualTo(described.name());

		// Awa takes over Lou's lines and saves again: a decision now, so it is saved.
		find("#website").sendKeys("www.duo.be");
		find("#contactName").clear();
		find("#contactName").sendKeys("Lou Martin");
		clickAndWait("form[action$='/organisation'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).endsWith("/organisation");
		assertThat(find("main .notice-success").getText()).isNotBlank();
		OrganisationView saved = organisations.findById(organisation.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo("Planning familial Duo asbl " + run);
		assertThat(saved.website()).isEqualTo("www.duo.be");
		assertThat(saved.contactName()).isEqualTo("Lou Martin");
		signOut();
	}

}
