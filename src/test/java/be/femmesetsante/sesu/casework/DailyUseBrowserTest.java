package be.femmesetsante.sesu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.ContactChannel;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.casework.workshop.Workshops;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.BrowserTest;

/**
 * Daily use of the casework page, in a real Chromium, in French and English: the summary and the
 * sections reachable directly; corrections of a session, a contact, a next action and time, each
 * kept in the history and refused when someone changed the entry meanwhile; a closed request
 * reopened with a reason; a workshop cancelled before it takes place; the phone menu. The data hold a
 * 200-character word: {@code AccessibilityGate} fails any page wider than the window at 360 px.
 */
class DailyUseBrowserTest extends BrowserTest {

	/** A 200-character word with no place to break: an address, a pasted identifier… */
	static final String LONG_WORD = "https://exemple.be/" + "x".repeat(181);

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Sessions sessions;

	@Autowired
	FollowUps followUps;

	@Autowired
	Workshops workshops;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void staffCorrectTheirEntriesReopenARequestAndCancelAWorkshop(String lang) {
		boolean fr = lang.equals("fr");
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		String reference = world.consultation().reference();
		sessions.log(world.staffActor(), reference, new Sessions.NewSession(LocalDate.of(2026, 3, 12), 60,
				SessionMode.ON_SITE, 4, LONG_WORD, "Notes " + LONG_WORD));
		followUps.addContact(world.staffActor(), reference, LocalDate.of(2026, 3, 13), ContactChannel.PHONE,
				"Résumé " + LONG_WORD);
		followUps.addAction(world.staffActor(), reference, "Envoyer " + LONG_WORD.substring(0, 150),
				LocalDate.of(2026, 1, 5), world.staff().accountId());
		followUps.logTime(world.staffActor(), reference, LocalDate.of(2026, 3, 12), 45, Activity.PREPARATION);

		open("/?lang=" + lang);
		signInWithPasswordAndCode(world.staff().email(), "a long enough passphrase " + world.run());
		open("/casework/requests/" + reference);

		// The summary first, then every section one link away.
		String summary = find("#case-summary").getText();
		assertThat(summary).contains(fr ? "Accompagnement en cours" : "Support under way", "Camille " + world.run(),
				"Consultation", world.organisationA(), fr ? "Bruxelles" : "Brussels", fr ? "En retard" : "Overdue");
		List<String> anchors = browser.findElements(By.cssSelector(".section-nav a")).stream()
			.map(a -> a.getAttribute("href").replaceFirst("^.*#", "#")).toList();
		assertThat(anchors).contains("#actions", "#request-details", "#history", "#messages", "#sessions",
				"#follow-ups");
		for (String anchor : anchors) {
			assertThat(browser.findElements(By.cssSelector(anchor))).as(anchor).hasSize(1);
		}
		// A consultation: no workshop section; in progress: no form for a move the status forbids.
		assertThat(browser.findElements(By.cssSelector("#workshop, #accept, #decline, #reopen"))).isEmpty();
		checkPage("dailyuse-casework-" + lang);

		// A session corrected: its duration changes, the history says who changed what.
		WebElement session = find("details[id^='correct-session-']");
		session.findElement(By.tagName("summary")).click();
		WebElement duration = session.findElement(By.cssSelector("input[name=duration]"));
		duration.clear();
		duration.sendKeys("90");
		clickAndWait("details[id^='correct-session-'] form[action*='/sessions/'] button[type=submit]");
		assertThat(find("main").getText()).contains("90 min");
		String history = find("#history").getText();
		assertThat(history).contains(fr ? "Séance corrigée" : "Session corrected", "Camille " + world.run(),
				// Selenium reads a non-breaking space as a space.
				fr ? "Durée (minutes), avant : 60" : "Duration (minutes), before: 60",
				fr ? "Durée (minutes), après : 90" : "Duration (minutes), after: 90");

		// A contact changed by someone else meanwhile: the correction is refused on the page, nothing lost.
		FollowUps.ContactView contact = followUps.contactsOf(world.staffActor(), world.consultation().id()).get(0);
		find("details[id^='correct-contact-'] summary").click();
		followUps.correctContact(world.staffActor(), reference, contact.id(), contact.version(), contact.date(),
				ContactChannel.EMAIL, contact.summary());
		WebElement summaryField = find("details[id^='correct-contact-'] textarea[name=summary]");
		summaryField.clear();
		summaryField.sendKeys("Rappel fixé");
		clickAndWait("details[id^='correct-contact-'] form[action*='/contacts/'] button[type=submit]");
		WebElement refused = find("details[id^='correct-contact-'][open]");
		assertThat(refused.getText()).contains(fr ? "Quelqu’un a modifié cette entrée entre-temps"
				: "Someone changed this entry in the meantime");
		assertThat(refused.findElement(By.cssSelector("textarea[name=summary]")).getAttribute("value"))
			.isEqualTo("Rappel fixé");
		checkPage("dailyuse-correction-refused-" + lang);

		// Time deleted, the action marked done: both in the history.
		find("details[id^='correct-time-'] summary").click();
		clickAndWait("details[id^='correct-time-'] form[action$='/delete'] button[type=submit]");
		assertThat(find("#history").getText()).contains(fr ? "Temps supprimé" : "Time deleted");
		clickAndWait("#follow-ups form[action$='/done'] button[type=submit]");
		assertThat(find("#history").getText()).contains(fr ? "Prochaine action faite" : "Next action done");
		assertThat(find("#case-summary").getText()).contains(fr ? "Aucune" : "None");

		// Closed, then reopened: a reason is required, then the request is in progress again.
		SupportRequestView request = requests.findByReference(world.staffActor(), reference).orElseThrow().request();
		requests.close(world.staffActor(), request.id(), request.version(), "Fait.");
		open("/casework/requests/" + reference);
		assertThat(browser.findElements(By.cssSelector("details.correction, #session-form, #messages form")))
			.as("no correction nor message form on a closed request").isEmpty();
		clickAndWait("#reopen");
		assertThat(find("#problem").getText()).isNotBlank();
		checkPage("dailyuse-reopen-refused-" + lang);
		find("#reopen-reason").sendKeys(fr ? "Une séance de plus est demandée." : "One more session is asked for.");
		clickAndWait("#reopen");
		assertThat(requests.findByReference(world.staffActor(), reference).orElseThrow().request().status())
			.isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(find("#history").getText()).contains(fr ? "Demande rouverte" : "Request reopened",
				fr ? "Une séance de plus est demandée." : "One more session is asked for.");

		// A workshop that has not taken place is cancelled; its request leaves it.
		long workshop = workshops.create(world.staffActor(), new Workshops.WorkshopDetails("Genre " + world.run(),
				List.of(LocalDate.now().plusMonths(2)), "Rue Haute 1", false, List.of(world.staff().accountId())));
		workshops.attach(world.staffActor(), workshop, world.workshopBrussels().reference(), 5);
		open("/casework/requests/" + world.workshopBrussels().reference());
		assertThat(browser.findElements(By.cssSelector("#session-form"))).as("no session form on a workshop").isEmpty();
		open("/casework/workshops/" + workshop);
		clickAndWait("#cancel-workshop");
		assertThat(find("#workshop-cancelled").isDisplayed()).isTrue();
		checkPage("dailyuse-workshop-cancelled-" + lang);
		open("/casework/requests/" + world.workshopBrussels().reference());
		assertThat(find("#history").getText()).contains(fr ? "Atelier annulé" : "Workshop cancelled");
		signOut();
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void theProfessionalCorrectsTheirRequestBeforeTheTeamDecidesAndSendsSeveralDocumentsAtOnce(String lang)
			throws Exception {
		boolean fr = lang.equals("fr");
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		String reference = world.fresh().reference();

		open("/?lang=" + lang);
		signInAsProfessional(world.professional().email());
		open("/requests/new");
		checkPage("dailyuse-request-form-" + lang);
		open("/requests/" + reference);
		clickAndWait("#correct-request");
		WebElement title = find("#title");
		title.clear();
		title.sendKeys("Affiches " + LONG_WORD.substring(0, 180));
		clickAndWait("#save-correction");
		assertThat(heading()).contains("Affiches");
		assertThat(find(".timeline").getText()).contains(fr ? "Demande corrigée" : "Request corrected");

		// Two documents in one go.
		java.nio.file.Path first = java.nio.file.Files.createTempFile("affiche-", ".pdf");
		java.nio.file.Path second = java.nio.file.Files.createTempFile("grille-", ".png");
		java.nio.file.Files.write(first, be.femmesetsante.sesu.messaging.MessagingFixture.pdf());
		java.nio.file.Files.write(second, be.femmesetsante.sesu.messaging.MessagingFixture.png());
		find("#document-file").sendKeys(first.toString() + "\n" + second.toString());
		clickAndWait("#document-form button[type=submit]");
		assertThat(find("#messages").getText()).contains(first.getFileName().toString(), second.getFileName().toString());
		checkPage("dailyuse-professional-request-" + lang);
		signOut();

		// The team sees the correction and what the title said before.
		signInWithPasswordAndCode(world.staff().email(), "a long enough passphrase " + world.run());
		open("/casework/requests/" + reference);
		assertThat(find("#history").getText()).contains(fr ? "Demande corrigée" : "Request corrected",
				(fr ? "Titre, avant : " : "Title, before: ") + "Nouvelle " + world.run());
		open("/casework/inbox");
		checkPage("dailyuse-inbox-" + lang);
		signOut();

		// Once the team has accepted it, too late: AccessMatrixTest (A's request in progress) and
		// SupportRequestLifecycleTest-style rules in SupportRequest.correct say so.
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void onAPhoneTheMenuIsOneButtonAndSignOutAndLanguageStayOneTapAway(String lang) {
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		open("/?lang=" + lang);
		signInWithPasswordAndCode(world.staff().email(), "a long enough passphrase " + world.run());
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(360, 780));
			open("/casework/inbox");
			assertThat(shown(".nav-menu a[href$='/casework/inbox']")).as("links folded in the menu").isFalse();
			assertThat(shown(".nav-links")).as("no row of links on a phone").isFalse();
			assertThat(shown(".nav-sign-out button")).isTrue();
			assertThat(shown(".language-switch a[href='?lang=en']")).isTrue();
			long navHeight = (Long) script("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height);");
			assertThat(navHeight).as("header height at 360 px").isLessThan(200);
			find(".nav-menu > summary").click();
			assertThat(shown(".nav-menu a[href$='/casework/inbox']")).as("links shown once the menu is opened").isTrue();
			assertThat(shown(".nav-menu a[href$='/casework/workshops']")).isTrue();
			clickAndWait(".nav-menu a[href$='/casework/workshops']");
			assertThat(browser.getCurrentUrl()).endsWith("/casework/workshops");
			// The inbox's filters fold behind "Filtrer" on a phone.
			open("/casework/inbox");
			assertThat(shown("form.inbox-filters")).isFalse();
			find("label[for='show-filters']").click();
			assertThat(shown("form.inbox-filters")).isTrue();
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
		open("/casework/inbox");
		assertThat(shown(".nav-links a[href$='/casework/workshops']")).as("a row of links at desktop width").isTrue();
		assertThat(shown(".nav-menu > summary")).isFalse();
		assertThat(shown("form.inbox-filters")).as("the filters shown at desktop width").isTrue();
		checkPage("dailyuse-menu-" + lang);
		signOut();
	}

	/**
	 * Whether the element is rendered and visible to the reader. Selenium's own {@code isDisplayed}
	 * takes anything in a closed {@code <details>} for hidden, even where the stylesheet shows it.
	 */
	private boolean shown(String selector) {
		return Boolean.TRUE.equals(script("""
				const e = document.querySelector(arguments[0]);
				return !!e && e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0;""",
				selector));
	}
}
