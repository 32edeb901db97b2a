package be.femmesetsante.sesu.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's day, in both languages, axe-clean at phone and desktop width: the inbox searched and
 * filtered → take the lead → accept as a consultation → start → close with a summary; a decline and a redirect; and the OSS partner,
 * who reads the Brussels case and finds no Wallonia one; and two team members editing one request.
 */
class CaseworkBrowserTest extends BrowserTest {

	static final String PASSWORD = "une phrase de passe pour les tests";

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void staffTriageAndThePartnersView(String lang) {
		boolean fr = lang.equals("fr");
		String run = UUID.randomUUID().toString().substring(0, 8);
		String brussels = submit("Planning Iris " + run, "1050", "Ixelles", "Évaluation de nos ateliers " + run);
		String toDecline = submit("Planning Iris bis " + run, "1060", "Saint-Gilles", "Demande hors champ " + run);
		String wallonia = submit("CPAS de Liège " + run, "4000", "Liège", "Relecture de brochures " + run);
		PortalUser staff = accounts.createWithPassword("equipe-" + run + "@femmesetsante-test.be", "Camille " + run,
				Role.STAFF, PASSWORD);
		PortalUser partner = accounts.createWithPassword("oss-" + run + "@oss-test.be", "Noor " + run, Role.PARTNER,
				PASSWORD);

		open("/?lang=" + lang);
		signInWithPasswordAndCode(staff.email(), PASSWORD);
		assertThat(browser.getCurrentUrl()).as("staff land on the inbox").contains("/casework/inbox");
		checkPage("casework-inbox-" + lang);

		// Search without accents finds the accented title; the filters stay in the address.
		find("#q").sendKeys("evaluation " + run);
		new Select(find("#region")).selectByValue("BRUSSELS");
		clickAndWait("form.inbox-filters button[type=submit]");
		assertThat(browser.getCurrentUrl()).contains("q=evaluation").contains("region=BRUSSELS");
		assertThat(find(".inbox-table").getText()).contains(brussels).doesNotContain(wallonia);
		checkPage("casework-inbox-search-" + lang);

		clickAndWait("a[href$='/casework/requests/" + brussels + "']");
		checkPage("casework-request-new-" + lang);
		clickAndWait("#take-lead");
		assertThat(find("main").getText()).contains(fr ? "En cours d’analyse" : "Being reviewed");
		find("#workKind-CONSULTATION").click();
		clickAndWait("#accept");
		assertThat(find("main").getText()).contains(fr ? "Acceptée" : "Accepted");
		checkPage("casework-request-accepted-" + lang);
		clickAndWait("#start");
		assertThat(find("main").getText()).contains(fr ? "Accompagnement en cours" : "Support under way");
		find("#summary").sendKeys(fr ? "Trois séances, grille d’analyse remise." : "Three sessions, analysis grid handed over.");
		clickAndWait("#close");
		assertThat(find("main").getText()).contains(fr ? "Terminée" : "Completed");
		checkPage("casework-request-closed-" + lang);

		// A decline needs a reason: refused first, the page says so, then done.
		open("/casework/requests/" + toDecline);
		clickAndWait("#decline");
		assertThat(find("#problem").getText()).isNotBlank();
		checkPage("casework-request-refused-" + lang);
		find("#reason").sendKeys(fr ? "Cela sort du champ du service." : "Outside the service's scope.");
		clickAndWait("#decline");
		assertThat(find("main").getText()).contains(fr ? "Non retenue" : "Not taken on");

		// A redirect to a listed service.
		open("/casework/requests/" + wallonia);
		new Select(find("#target")).selectByIndex(1);
		clickAndWait("#redirect");
		assertThat(find("main").getText()).contains(fr ? "Réorientée" : "Referred");
		signOut();

		// The OSS partner reads Brussels cases only: Wallonia is a page that does not exist.
		signInWithPasswordAndCode(partner.email(), PASSWORD);
		open("/casework/requests/" + brussels);
		assertThat(heading()).contains("Évaluation de nos ateliers");
		assertThat(browser.findElements(By.cssSelector("#take-lead, #accept, #decline"))).isEmpty();
		checkPage("casework-partner-request-" + lang);
		open("/casework/requests/" + wallonia);
		assertThat(heading()).isEqualTo(fr ? "Cette page n’existe pas" : "This page does not exist");
		open("/casework/inbox?q=" + run);
		assertThat(find("main").getText()).contains(brussels).doesNotContain(wallonia);
		signOut();
	}

	/**
	 * Two members of the team on one request, in two browsers: the second to act is told that the
	 * request changed, sees where it stands now, and keeps what they typed; nothing of theirs is applied.
	 */
	@Test
	void twoTeamMembersOnOneRequestTheSecondIsToldAndKeepsTheirText() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String reference = submit("Maison médicale Duo " + run, "1030", "Schaerbeek", "Deux regards " + run);
		PortalUser first = accounts.createWithPassword("premiere-" + run + "@femmesetsante-test.be", "Awa " + run,
				Role.STAFF, PASSWORD);
		PortalUser second = accounts.createWithPassword("seconde-" + run + "@femmesetsante-test.be", "Lou " + run,
				Role.STAFF, PASSWORD);

		open("/?lang=fr");
		signInWithPasswordAndCode(first.email(), PASSWORD);
		open("/casework/requests/" + reference);

		WebDriver firstBrowser = browser;
		WebDriver secondBrowser = newBrowser();
		try {
			browser = secondBrowser;
			open("/?lang=fr");
			signInWithPasswordAndCode(second.email(), PASSWORD);
			open("/casework/requests/" + reference);
			clickAndWait("#take-lead");
			assertThat(find("main").getText()).contains("En cours d’analyse");
		}
		finally {
			browser = firstBrowser;
			quit(secondBrowser);
		}

		// The first, still on the page as it was, declines with a reason.
		find("#reason").sendKeys("Hors du champ du service " + run);
		clickAndWait("#decline");
		assertThat(find("#problem").getText()).contains("Quelqu’un a modifié cette demande");
		assertThat(find("main").getText()).as("the new state is shown").contains("En cours d’analyse");
		String kept = browser.findElements(By.cssSelector("#kept-text")).isEmpty()
				? find("#reason").getAttribute("value") : find("#kept-text").getAttribute("value");
		assertThat(kept).as("what was typed is kept").contains("Hors du champ du service " + run);
		checkPage("casework-concurrent-fr");
		signOut();
	}

	private String submit(String organisationName, String postalCode, String municipality, String title) {
		var organisation = organisations.register(new NewOrganisation(organisationName, Sector.PLANNING_FAMILIAL, null,
				"Rue de l’Exemple 1", postalCode, municipality, null, null, "Alex", null));
		PortalUser professional = accounts.createProfessional(UUID.randomUUID() + "@planning-test.be", "Alex", null,
				organisation.id());
		return requests.submit(Actor.of(professional), new SubmitRequest(title,
				"Nous voulons regarder nos ateliers avec des lunettes de genre.", "Jeunes", List.of(),
				Set.of(SupportKind.EVALUATION), "2027", PreferredFormat.TEAM, 5, null, "2026-11-v1"));
	}

}
