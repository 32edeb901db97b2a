package be.femmesetsante.sesu.account;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.femmesetsante.sesu.organisation.EnterpriseNumber;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account administration as people do it, in real Chromium, French and English, every page checked
 * by axe at 360 and 1280 px: an admin invites a staff member, who follows the mailed link, sets a
 * password and signs in with the code; the admin disables them and their open session (another
 * browser) ends; staff confirm an ask to join and the professional then sees their organisation;
 * a professional switches their mails to English and the next mail is in English.
 */
class AccountAdministrationBrowserTest extends BrowserTest {

	static final String PASSWORD = "le thé du matin au bureau";

	private static final Pattern INVITATION = Pattern.compile("https?://\\S+/invitation\\?token=[\\w-]+");

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountAdministration administration;

	/** The first-admin set-up test needs a database without any admin: this class's admins step down. */
	@AfterEach
	void noAdminLeft() {
		jdbc.update("update account set role = 'STAFF', enabled = false where email like 'admin-browser-%'");
	}

	@Test
	void anAdminInvitesAStaffMemberWhoSignsInThenDisablesThemAndTheirOpenSessionEnds() {
		String run = run();
		PortalUser admin = accounts.createWithPassword("admin-browser-" + run + "@femmesetsante-test.be", "Ada Admin",
				Role.ADMIN, PASSWORD);
		signInWithPasswordAndCode(admin.email(), PASSWORD);
		clickAndWait(".main-nav a[href$='/admin/accounts']");
		assertThat(heading()).isEqualTo("Comptes");
		checkPage("admin-accounts-fr");

		clickAndWait("a[href$='/admin/accounts/invite']");
		// Sent empty: the page explains, in place.
		clickAndWait("form[action$='/admin/accounts/invite'] button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		assertThat(find("#error-summary").getText()).contains("Indiquez le nom de la personne.");
		checkPage("admin-invite-error-fr");
		String email = "nouvelle-" + run + "@femmesetsante-test.be";
		find("#displayName").sendKeys("Nadia Nouvelle");
		find("#email").sendKeys(email);
		browser.findElement(By.cssSelector("input[name=role][value=STAFF]")).click();
		clickAndWait("form[action$='/admin/accounts/invite'] button[type=submit]");
		assertThat(heading()).isEqualTo("Nadia Nouvelle");
		assertThat(find("#account-status").getText()).isEqualTo("Invité·e, mot de passe pas encore choisi");
		checkPage("admin-account-invited-fr");

		// The invited person opens the mailed link in their own browser.
		WebDriver staff = newBrowser();
		try {
			String link = link(TestMailbox.body(TestMailbox.awaitMail(email, 1)));
			staff.get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
			assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("Créer mon mot de passe");
			staff.findElement(By.id("password")).sendKeys(PASSWORD);
			staff.findElement(By.id("passwordConfirmation")).sendKeys(PASSWORD);
			clickAndWait(staff, "form[action*='/invitation'] button[type=submit]");
			assertThat(staff.findElement(By.cssSelector(".notice-success")).getText())
				.contains("Votre mot de passe est enregistré");
			staff.findElement(By.id("email")).sendKeys(email);
			staff.findElement(By.id("password")).sendKeys(PASSWORD);
			clickAndWait(staff, "form[action$='/login'] button[type=submit]");
			staff.findElement(By.id("code")).sendKeys(mailedCode(email, 2));
			clickAndWait(staff, "form[action$='/login/ott'] button[type=submit]");
			assertThat(staff.findElement(By.tagName("h1")).getText()).isEqualTo("Demandes reçues");

			// The admin sees the sign-in, then disables the account.
			browser.navigate().refresh();
			assertThat(find("#account-status").getText()).isEqualTo("Actif");
			assertThat(find("main").getText()).doesNotContain("Jamais");
			clickAndWait("#disable-form button[type=submit]");
			assertThat(find(".notice-success").getText()).contains("Le compte est désactivé");
			assertThat(find("#account-status").getText()).isEqualTo("Désactivé");
			checkPage("admin-account-disabled-fr");

			// The staff member's open session is over: the next page is the sign-in page.
			staff.get("http://localhost:" + port + "/casework/inbox");
			assertThat(staff.getCurrentUrl()).endsWith("/login");
		}
		finally {
			quit(staff);
		}

		// The same pages in English.
		open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "") + "?lang=en");
		assertThat(find("#account-status").getText()).isEqualTo("Disabled");
		checkPage("admin-account-disabled-en");
		open("/admin/accounts?lang=en");
		assertThat(heading()).isEqualTo("Accounts");
		checkPage("admin-accounts-en");
		open("/admin/accounts/invite?lang=en");
		checkPage("admin-invite-en");
		open("/admin/organisations/merge?lang=en");
		checkPage("admin-merge-en");
		open("/admin/organisations/merge?lang=fr");
		checkPage("admin-merge-fr");
		signOut();

		// The page an invitation opens, looked at in both languages (a second invitation, unused).
		String other = "autre-" + run + "@femmesetsante-test.be";
		administration.invite(admin, other, "Alex Autre", Role.PARTNER, Language.FRENCH);
		String path = link(TestMailbox.body(TestMailbox.awaitMail(other, 1))).replaceFirst("^https?://[^/]+", "");
		open(path);
		assertThat(heading()).isEqualTo("Créer mon mot de passe");
		checkPage("invitation-fr");
		open(path + "&lang=en");
		assertThat(heading()).isEqualTo("Choose my password");
		checkPage("invitation-en");
		open("/?lang=fr");
	}

	@Test
	void staffConfirmAnAskToJoinAndTheProfessionalThenSeesTheirOrganisation() {
		String run = run();
		long firstEight = 1L + new java.util.Random().nextInt(19_999_998);
		EnterpriseNumber number = new EnterpriseNumber(
				String.format("%08d%02d", firstEight, EnterpriseNumber.checkDigitsFor(firstEight)));
		organisations.register(new NewOrganisation("Maison des Saules " + run, Sector.MAISON_MEDICALE, null,
				"Rue des Saules 3", "1050", "Ixelles", number, null, "Contact", null));
		PortalUser professional = accounts.signInByLink("saules-" + run + "@example.org");
		accounts.updateProfile(professional.accountId(), "Inès Saules", null, Language.FRENCH);
		organisations.requestToJoin(professional.accountId(), number);
		PortalUser staff = accounts.createWithPassword("staff-join-" + run + "@femmesetsante-test.be", "Sam Équipe",
				Role.STAFF, PASSWORD);

		signInWithPasswordAndCode(staff.email(), PASSWORD);
		clickAndWait(".main-nav a[href$='/join-requests']");
		assertThat(heading()).isEqualTo("Demandes pour rejoindre une organisation");
		checkPage("join-requests-fr");
		open("/join-requests?lang=en");
		checkPage("join-requests-en");
		open("/join-requests?lang=fr");
		clickAndWait("button[aria-label='Confirmer\u00a0: Inès Saules rejoint Maison des Saules " + run + "']");
		assertThat(find(".notice-success").getText()).contains("La demande est confirmée");
		assertThat(find("main").getText()).doesNotContain("Inès Saules");
		checkPage("join-requests-confirmed-fr");
		assertThat(TestMailbox.subject(TestMailbox.awaitMailAbout(professional.email(), "rejoint")))
			.isEqualTo("Vous avez rejoint Maison des Saules " + run);
		signOut();

		signInAsProfessional(professional.email());
		open("/organisation");
		assertThat(find("#name").getAttribute("value")).isEqualTo("Maison des Saules " + run);
		checkPage("join-confirmed-organisation-fr");
		signOut();
	}

	@Test
	void aProfessionalSwitchesTheirMailsToEnglishOnMonCompteAndTheNextMailIsInEnglish() {
		String run = run();
		var organisation = organisations.register(new NewOrganisation("Planning Langues " + run,
				Sector.PLANNING_FAMILIAL, null, "Rue Haute 9", "1000", "Bruxelles", null, null, "Contact", null));
		PortalUser professional = accounts.createProfessional("langues-" + run + "@example.org", "Lou Langues", null,
				organisation.id());
		PortalUser staff = accounts.createWithPassword("staff-lang-" + run + "@femmesetsante-test.be", "Sacha",
				Role.STAFF, PASSWORD);
		String reference = requests.submit(Actor.of(professional), new SubmitRequest("Langues " + run, "Texte", null,
				List.of(), Set.of(SupportKind.OTHER), null, PreferredFormat.TEAM, 5, null, "1"));
		TestMailbox.awaitMail(professional.email(), 1);

		signInAsProfessional(professional.email());
		open("/account");
		assertThat(heading()).isEqualTo("Bonjour Lou Langues");
		checkPage("mon-compte-fr");
		find("#displayName").clear();
		clickAndWait("#profile-form button[type=submit]");
		assertThat(browser.getTitle()).startsWith("Erreur\u00a0: ");
		checkPage("mon-compte-error-fr");
		find("#displayName").sendKeys("Lou Martin");
		find("#pronouns").sendKeys("iel");
		browser.findElement(By.cssSelector("input[name=language][value=ENGLISH]")).click();
		clickAndWait("#profile-form button[type=submit]");
		assertThat(find(".notice-success").getText()).isEqualTo("Votre profil est enregistré.");
		assertThat(heading()).as("the page follows at once").isEqualTo("Bonjour Lou Martin");
		open("/account?lang=en");
		assertThat(heading()).isEqualTo("Hello Lou Martin");
		checkPage("mon-compte-en");
		open("/account?lang=fr");
		signOut();

		Actor team = Actor.of(staff);
		SupportRequestView request = requests.findByReference(team, reference).orElseThrow().request();
		requests.assignLead(team, request.id(), request.version(), staff.accountId());
		var mail = TestMailbox.awaitMailAbout(professional.email(), "has moved on");
		assertThat(TestMailbox.body(mail)).startsWith("Hello,").contains("Being reviewed");
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String link(String body) {
		Matcher link = INVITATION.matcher(body);
		assertThat(link.find()).as("an invitation link in: %s", body).isTrue();
		return link.group();
	}

	/** {@link #clickAndWait(String)} in another browser. */
	private static void clickAndWait(WebDriver driver, String selector) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.sesuOldPage = true;");
		driver.findElement(By.cssSelector(selector)).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return window.sesuOldPage === undefined && document.readyState === 'complete';")));
	}

}
