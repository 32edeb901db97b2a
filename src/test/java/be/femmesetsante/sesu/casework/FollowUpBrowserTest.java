package be.femmesetsante.sesu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.BrowserTest;

/**
 * A staff member signs in, logs a session (which starts the work), a contact, a next action and
 * time on a request, gathers two organisations' requests in a workshop, and finds it all on the
 * dashboard; the pages are axe-clean on a phone and a desktop, in French and English.
 */
class FollowUpBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Test
	void staffLogTheWorkOnARequestAndGatherAWorkshop() {
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		String reference = world.consultation().reference();

		open("/?lang=fr");
		signInWithPasswordAndCode(world.staff().email(), "a long enough passphrase " + world.run());
		clickAndWait(".main-nav a[href$='/casework/dashboard']");
		assertThat(heading()).isEqualTo("Mon tableau de bord");

		open("/casework/requests/" + reference + "");
		assertThat(find("main").getText()).contains(reference);
		checkPage("casework-request-empty-fr");
		// Refused first (no duration): the same page says why beside the field, keeping what was typed.
		date("#session-date", "2026-03-12");
		find("label[for='session-mode-ON_SITE']").click();
		find("#session-notes").sendKeys("Équipe motivée");
		clickAndWait("#session-form button[type=submit]");
		assertThat(find("#session-duration-error").getText()).contains("Indiquez la durée en minutes");
		assertThat(find("#session-notes").getAttribute("value")).isEqualTo("Équipe motivée");
		assertThat(find("#session-mode-ON_SITE").isSelected()).isTrue();
		checkPage("casework-session-refused-fr");
		find("#session-notes").clear();
		find("#session-duration").sendKeys("90");
		find("label[for='session-mode-ON_SITE']").click();
		find("#session-participants").clear();
		find("#session-participants").sendKeys("6");
		find("#session-notes").sendKeys("Équipe motivée");
		clickAndWait("#session-form button[type=submit]");
		assertThat(find("main").getText()).contains("La séance est notée.", "Accompagnement en cours", "90 min");
		assertThat(requests.findByReference(world.staffActor(), reference).orElseThrow().request().status())
			.isEqualTo(RequestStatus.IN_PROGRESS);

		date("#contact-date", "2026-03-13");
		new Select(find("#contact-channel")).selectByValue("PHONE");
		find("#contact-summary").sendKeys("Calendrier confirmé");
		clickAndWait("#contact-form button[type=submit]");
		assertThat(find("#follow-ups").getText()).contains("Téléphone", "Calendrier confirmé");

		find("#action-what").sendKeys("Envoyer la grille d’analyse");
		date("#action-due", "2026-01-05");
		clickAndWait("#action-form button[type=submit]");
		assertThat(find("#follow-ups").getText()).contains("Envoyer la grille d’analyse", "En retard");

		date("#time-date", "2026-03-12");
		find("#time-minutes").sendKeys("45");
		new Select(find("#time-activity")).selectByValue("PREPARATION");
		clickAndWait("#time-form button[type=submit]");
		assertThat(find("#follow-ups").getText()).contains("45 min", "Préparation", "Total : 45 minutes.");
		checkPage("casework-request-fr");

		// A workshop gathers two requests of two organisations.
		open("/casework/workshops");
		find("#workshop-theme").sendKeys("Genre et accueil " + world.run());
		date("#workshop-date-1", "2026-05-12");
		find("#workshop-place").sendKeys("Rue de la Victoire 26, Saint-Gilles");
		clickAndWait("#workshop-form button[type=submit]");
		assertThat(find("main").getText()).contains("L’atelier est créé.");
		// A consultation cannot join a workshop: the workshop's page answers with the reason, the reference kept.
		find("#attach-reference").sendKeys(world.consultation().reference());
		clickAndWait("#attach-form button[type=submit]");
		assertThat(find("#attach-form").getText()).contains("Seule une demande acceptée comme atelier");
		assertThat(find("#attach-reference").getAttribute("value")).isEqualTo(world.consultation().reference());
		checkPage("casework-workshop-refused-fr");
		find("#attach-reference").clear();
		attach(world.workshopBrussels().reference(), "9");
		attach(world.workshopOther().reference(), "5");
		String page = find("main").getText();
		assertThat(page).contains(world.organisationA(), world.organisationC(), world.workshopBrussels().reference(),
				world.workshopOther().reference(), "12 mai 2026");
		assertThat(find("tfoot").getText()).contains("14");
		checkPage("casework-workshop-fr");
		String workshop = browser.getCurrentUrl().replaceFirst("#.*$", "").replaceFirst("^https?://[^/]+", "");
		open(workshop + "?lang=en");
		assertThat(heading()).isEqualTo("Workshop: Genre et accueil " + world.run());
		assertThat(find("main").getText()).contains("Participants per organisation", "12 May 2026");
		checkPage("casework-workshop-en");
		open("/casework/workshops");
		assertThat(heading()).isEqualTo("Workshops");
		checkPage("casework-workshops-en");

		open("/casework/dashboard");
		assertThat(heading()).isEqualTo("My dashboard");
		assertThat(find("#due-actions").getText()).contains(reference, "Envoyer la grille d’analyse", "Overdue");
		assertThat(find("#open-cases").getText()).contains(reference);
		checkPage("casework-dashboard-en");
		open("/casework/requests/" + reference + "");
		assertThat(heading()).startsWith(reference);
		checkPage("casework-request-en");
		open("/casework/dashboard?lang=fr");
		assertThat(find("#due-actions").getText()).contains("En retard");
		checkPage("casework-dashboard-fr");
	}

	private void attach(String reference, String participants) {
		find("#attach-reference").sendKeys(reference);
		find("#attach-participants").clear();
		find("#attach-participants").sendKeys(participants);
		clickAndWait("#attach-form button[type=submit]");
		assertThat(find("main").getText()).contains("La demande est ajoutée à l’atelier.");
	}

	/** Date fields are typed in the browser's own format: set the ISO value instead, as a picker would. */
	private void date(String selector, String iso) {
		WebElement input = browser.findElement(By.cssSelector(selector));
		script("arguments[0].value = arguments[1];", input, iso);
	}
}
