package be.femmesetsante.sesu.report;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.BrowserTest;
import be.femmesetsante.sesu.support.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as staff and a partner use it, in French then English, at 360 and 1280 px (axe on
 * every page; screenshots under target/screenshots), each export downloaded in the signed-in
 * browser; and the evaluation journey: a request closed, the requester follows the mailed link
 * without signing in, answers once, and staff read the answers on the request.
 */
class ReportBrowserTest extends BrowserTest {

	private static final Pattern EVALUATION_LINK = Pattern.compile("https?://\\S+/evaluation/[\\w-]+\\S*");

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	ReportFixture.World world;

	@BeforeEach
	void world() {
		world = ReportFixture.world(accounts, organisations, requests, jdbc);
	}

	@Test
	void staffReadTheReportInFrenchAndEnglishAndDownloadEachExport() {
		signInWithPasswordAndCode(world.staff().email(), ReportFixture.PASSWORD);
		open("/reports?region=BRUSSELS&year=2012&lang=fr");
		assertThat(heading()).isEqualTo("Rapport d’activité COCOF – 2012");
		assertThat(find("#table-key tbody tr").getText()).contains("Demandes reçues", "7", "2");
		checkPage("report-staff-fr");
		assertThat(overflowAtPhoneWidth()).as("elements wider than a 360 px screen").isEmpty();
		for (String[] export : List.of(new String[] { "csv", "text/csv" },
				new String[] { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
				new String[] { "pdf", "application/pdf" })) {
			List<?> file = download("/reports/" + export[0] + "?region=BRUSSELS&year=2012");
			assertThat(file.get(0)).as(export[0]).isEqualTo(200L);
			assertThat((String) file.get(1)).as(export[0]).startsWith(export[1]);
			assertThat((String) file.get(2)).as(export[0]).contains("rapport-COCOF-2012." + export[0]);
			assertThat((Long) file.get(3)).as(export[0]).isGreaterThan(200L);
		}
		// The form: a quarter of the same year.
		find("#report-quarter option[value='2']").click();
		clickAndWait(".report-choice button[type=submit]");
		assertThat(heading()).contains("2e trimestre 2012");
		open("/reports?region=WALLONIA&year=2012&lang=en");
		assertThat(heading()).isEqualTo("Activity report AVIQ – 2012");
		checkPage("report-staff-en");
		open("/reports?region=BRUSSELS&year=2012&quarter=3&lang=en");
		assertThat(heading()).isEqualTo("Activity report COCOF – Q3 2012");
		open("/reports?lang=fr");
		signOut();
	}

	@Test
	void aPartnerReadsBrusselsSuppressedAndNeverWallonia() {
		signInWithPasswordAndCode(world.partner().email(), ReportFixture.PASSWORD);
		clickAndWait(".main-nav a[href='/reports']");
		assertThat(browser.getCurrentUrl()).contains("/reports");
		open("/reports?region=BRUSSELS&year=2012&lang=fr");
		assertThat(find("#table-key tbody tr").getText()).contains("< 5");
		assertThat(find("#report-region").getText()).doesNotContain("AVIQ");
		assertThat(browser.getPageSource()).doesNotContain(world.comment());
		checkPage("report-partner-fr");
		assertThat(overflowAtPhoneWidth()).as("elements wider than a 360 px screen").isEmpty();
		assertThat(download("/reports/xlsx?region=WALLONIA&year=2012").get(0)).isEqualTo(404L);
		open("/reports?region=WALLONIA&year=2012");
		assertThat(browser.getPageSource()).doesNotContain("AVIQ – Wallonie");
		open("/reports?lang=fr");
		signOut();
	}

	@Test
	void aRequesterEvaluatesTheSupportOnceThroughTheMailedLinkAndStaffReadIt() {
		PortalUser requester = world.professional();
		Actor staff = Actor.of(world.staff());
		String reference = requests.submit(Actor.of(requester), new SubmitRequest("Évaluation de parcours",
				"Une demande à clôturer.", null, List.of(), Set.of(SupportKind.PROJECT_SUPPORT), null,
				PreferredFormat.TEAM, 5, null, "1"));
		long id = requests.findByReference(staff, reference).orElseThrow().request().id();
		SupportRequestView view = requests.assignLead(staff, id, version(staff, reference), world.staff().accountId());
		view = requests.accept(staff, id, view.version(), WorkKind.CONSULTATION);
		view = requests.start(staff, id, view.version());
		requests.close(staff, id, view.version(), "Accompagnement terminé.");

		String body = TestMailbox.body(TestMailbox.awaitMailAbout(requester.email(),
				"Votre avis sur l’accompagnement de votre demande " + reference));
		Matcher link = EVALUATION_LINK.matcher(body);
		assertThat(link.find()).as("an evaluation link in: %s", body).isTrue();
		browser.get(link.group().replaceFirst("^https?://[^/]+", "http://localhost:" + port));
		assertThat(heading()).isEqualTo("Votre avis sur l’accompagnement");
		checkPage("evaluation-form-fr");
		// Nothing answered: refused on the same page.
		clickAndWait("form[action*='/evaluation/'] button[type=submit]");
		assertThat(find(".error-summary").getText()).contains("au moins une question");
		checkPage("evaluation-refused-fr");
		find("label[for='usefulness-4']").click();
		find("label[for='practice-A_LOT']").click();
		find("label[for='recommend-YES']").click();
		find("#evaluation-comment").sendKeys("Nos animations ont changé " + world.tag());
		clickAndWait("form[action*='/evaluation/'] button[type=submit]");
		assertThat(find("main").getText()).contains("Merci");
		checkPage("evaluation-thanks-fr");
		// Answerable once: the link now only thanks, in English too.
		browser.get(link.group().replaceFirst("^https?://[^/]+", "http://localhost:" + port).replace("lang=fr",
				"lang=en"));
		assertThat(find("main").getText()).contains("Thank you").doesNotContain("Send my opinion");
		checkPage("evaluation-thanks-en");
		open("/?lang=fr");

		signInWithPasswordAndCode(world.staff().email(), ReportFixture.PASSWORD);
		open("/casework/requests/" + reference);
		assertThat(find("#evaluation").getText()).contains("Très utile", "Oui, beaucoup",
				"Nos animations ont changé " + world.tag());
		checkPage("evaluation-on-request-fr");
		signOut();
	}

	/**
	 * At 360 px (a phone, emulated as the accessibility gate does), the elements that stick out to the
	 * right of the screen: nothing should, so nobody scrolls sideways.
	 */
	private List<?> overflowAtPhoneWidth() {
		org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) browser;
		cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
		try {
			return (List<?>) script("""
					const width = 360;
					const wide = [...document.querySelectorAll('body *')]
					    .filter(e => e.getBoundingClientRect().right > width + 1)
					    .slice(-6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' '
					        + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').trim().slice(0, 40));
					// Text can stick out of a box that does not: each text's own extent.
					const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					    if (node.parentElement.closest('.visually-hidden')) {
					        continue; // clipped to one pixel: it never shows
					    }
					    const range = document.createRange();
					    range.selectNodeContents(node);
					    const right = range.getBoundingClientRect().right;
					    if (right > width + 1 && wide.length < 12) {
					        wide.push('text in ' + node.parentElement.tagName + '.' + node.parentElement.className + ' '
					            + Math.round(right) + ' ' + node.textContent.trim().slice(0, 40));
					    }
					}
					const page = document.documentElement.scrollWidth;
					return page > width + 1 ? ['page ' + page + ' px wide'].concat(wide) : wide;
					""");
		}
		finally {
			cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	private long version(Actor staff, String reference) {
		return requests.findByReference(staff, reference).orElseThrow().request().version();
	}

	/** Downloads a file in the signed-in browser: [status, content type, content disposition, size]. */
	private List<?> download(String path) {
		return (List<?>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,
				    r.headers.get('Content-Type') || '', r.headers.get('Content-Disposition') || '', b.byteLength])));
				""", path);
	}
}
