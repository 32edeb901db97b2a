package be.femmesetsante.sesu.notification;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link in a mail, followed by whoever receives it, in a browser where they are not signed in:
 * the team's alert about a new request opens that request's casework page once the staff member
 * has typed their password and the mailed code; the requester's "something new" mail opens their
 * request's page once they have signed in with an e-mailed link. Never the inbox or "Mes demandes"
 * instead: the page asked for survives both sign-ins, a mistyped code and the link's confirmation page.
 */
class MailedLinkBrowserTest extends BrowserTest {

	static final String PASSWORD = "la tisane de l’après-midi au bureau";

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Value("${sesu.team-email.brussels}")
	String brusselsTeam;

	@Test
	void eachPersonWhoFollowsAMailedLinkLandsOnThatRequestAfterSigningIn() {
		String run = Long.toString(System.nanoTime(), 36);
		OrganisationView organisation = organisations.register(new NewOrganisation("Maison médicale des Marolles " + run,
				Sector.MAISON_MEDICALE, null, "Rue Haute 120", "1000", "Bruxelles", null, null, "Alix Contact", null));
		PortalUser professional = accounts.createProfessional("marolles-" + run + "@example.org", "Alix " + run, null,
				organisation.id());
		PortalUser staff = accounts.createWithPassword("lien-" + run + "@femmesetsante-test.be", "Sacha " + run,
				Role.STAFF, PASSWORD);
		String reference = requests.submit(Actor.of(professional), new SubmitRequest("Affiches de prévention " + run,
				"Nos affiches parlent-elles à tout le monde ?", null, java.util.List.of(), java.util.Set.of(SupportKind.TOOL_REVIEW),
				null, PreferredFormat.TEAM, 4, null, "1"));

		// The team's mail about the new request links to the team's page of that request.
		String teamLink = linkIn(TestMailbox.awaitMailAbout(brusselsTeam, "Nouvelle demande " + reference));
		assertThat(URI.create(teamLink).getPath()).isEqualTo("/casework/requests/" + reference);

		// A staff member, not signed in, opens it: the sign-in page, the password, the mailed code…
		browser.manage().deleteAllCookies();
		int codesBefore = TestMailbox.mailsTo(staff.email()).size();
		browser.get(local(teamLink));
		assertThat(path(browser)).as("not signed in: asked to sign in").isEqualTo("/login");
		find("#email").sendKeys(staff.email());
		find("#password").sendKeys(PASSWORD);
		clickAndWait("form[action$='/login'] button[type=submit]");
		assertThat(path(browser)).as("after the password").isEqualTo("/login/code");
		// A mistyped code first: refused, back on the code page, the page asked for still kept.
		String code = mailedCode(staff.email(), codesBefore + 1);
		find("#code").sendKeys(code.equals("000000") ? "111111" : "000000");
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		assertThat(path(browser)).as("a wrong code").isEqualTo("/login/code");
		find("#code").sendKeys(code);
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
		// … and lands on THAT request's casework page, not the inbox.
		assertThat(path(browser)).as("staff land on the request the mail named").isEqualTo("/casework/requests/" + reference);
		assertThat(find("main").getText()).contains(reference, "Affiches de prévention " + run);
		checkPage("mailed-link-staff-landing");

		// Staff write to the requester from that page.
		String message = "Bonjour, pouvez-vous nous envoyer les affiches ? " + run;
		find("#message-body").sendKeys(message);
		clickAndWait("#message-form button[type=submit]");
		assertThat(find("#messages").getText()).contains(message);

		// The requester's mail links to their page of the request.
		String requesterLink = linkIn(
				TestMailbox.awaitMailAbout(professional.email(), "Du nouveau sur votre demande " + reference));
		assertThat(URI.create(requesterLink).getPath()).isEqualTo("/requests/" + reference);

		// The requester, not signed in (their own browser), opens it: asked to sign in, by e-mailed link…
		WebDriver requester = newBrowser();
		try {
			int linksBefore = TestMailbox.mailsTo(professional.email()).size();
			requester.get(local(requesterLink));
			assertThat(path(requester)).as("not signed in: asked to sign in").isEqualTo("/login");
			requester.findElement(By.cssSelector("#link-email")).sendKeys(professional.email());
			clickAndWait(requester, "form[action$='/login/link'] button[type=submit]");
			assertThat(path(requester)).isEqualTo("/login/link-sent");
			requester.get(local(TestMailbox.signInLink(professional.email(), linksBefore + 1)));
			assertThat(path(requester)).as("the link's confirmation page").isEqualTo("/login/ott");
			clickAndWait(requester, "form[action$='/login/ott'] button[type=submit]");
			// … and lands on THAT request's page, with the team's message, not on "Mes demandes".
			assertThat(path(requester)).as("the requester lands on the request the mail named")
				.isEqualTo("/requests/" + reference);
			assertThat(requester.findElement(By.cssSelector("main")).getText()).contains(reference, message);
		}
		finally {
			quit(requester);
		}
		signOut();
	}

	/** The one link in a mail. */
	private static String linkIn(jakarta.mail.Message mail) {
		String body = TestMailbox.body(mail);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link in: %s", body).isTrue();
		return link.group();
	}

	/** The mailed address on this test's server (the mails carry the configured base URL). */
	private String local(String link) {
		return link.replaceFirst("^https?://[^/]+", url(""));
	}

	private static String path(WebDriver driver) {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	/** {@link #clickAndWait} for a second browser. */
	private static void clickAndWait(WebDriver driver, String selector) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.sesuOldPage = true;");
		driver.findElement(By.cssSelector(selector)).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js.executeScript(
				"return window.sesuOldPage === undefined && document.readyState === 'complete';")));
	}

}
