package be.femmesetsante.sesu.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Debian Chromium driven by chromium-driver, one per test class. Every page the
 * browser loads, whichever way (an address, a link, a form), must pass axe-core's WCAG 2.2 A and
 * AA rules at phone (360 px) and desktop (1280 px) width: {@link AccessibilityGate} checks it
 * without being asked, and the test that loaded a failing page fails, naming it and the violations.
 * {@link #checkPage} saves named screenshots under {@code target/screenshots/} to be looked at.
 * <p>
 * Without Chromium the tests are skipped with a loud message, except under {@code CI=true}, where
 * a missing browser is a failure: CI must install it.
 */
@IntegrationTest
public abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The browser: a Chromium whose every page is checked by {@link AccessibilityGate}. */
	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
					+ "/usr/bin/chromedriver): apt-get install chromium chromium-driver";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
					+ "!!! BROWSER TESTS SKIPPED. " + message
					+ "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
			Assumptions.abort(message);
		}
		browser = newBrowser();
	}

	/** Another headless Chromium, its pages checked too, for a test that needs two people at once; the caller quits it. */
	protected static WebDriver newBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The machine's network is closed: background networking would only fail, noisily.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=fr-BE", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return AccessibilityGate.watch(driver);
	}

	/** Closes a browser of {@link #newBrowser()}. */
	protected static void quit(WebDriver other) {
		AccessibilityGate.forget(other);
		other.quit();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			quit(browser);
			browser = null;
		}
		System.out.println(AccessibilityGate.summary());
	}

	@BeforeEach
	void forgetOtherTestsPages() {
		AccessibilityGate.takeFailures();
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.JdbcTemplate rateLimits;

	/**
	 * Every browser test signs in from 127.0.0.1, as no two real people share an address for long:
	 * the allowances per IP address (codes mailed, links, wrong passwords and codes) start afresh for
	 * each test, or a full run's sign-ins would use up the address's 30 codes a quarter and the tests
	 * after would wait for a code that is never sent. The limits per account and per address are left
	 * as they are; the limits themselves are proved by SignInThrottle's own tests.
	 */
	@BeforeEach
	void eachTestIsANewVisitor() {
		rateLimits.update("delete from rate_limit_bucket where id like '%:ip:%'");
	}

	/** The pages this test loaded pass axe-core, the last one included. */
	@AfterEach
	void everyPageThisTestLoadedPassedAxe() {
		if (browser != null) {
			AccessibilityGate.of(browser).checkIfNavigated();
		}
		List<String> failures = AccessibilityGate.takeFailures();
		assertThat(failures).as("pages this test loaded that fail axe-core (WCAG 2.2 A/AA, at 360 and 1280 px):%n%s",
				String.join("\n", failures)).isEmpty();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	/** Runs a script in the page, as {@code JavascriptExecutor.executeScript}. */
	protected Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	protected WebElement find(String cssSelector) {
		return browser.findElement(By.cssSelector(cssSelector));
	}

	/**
	 * Signs a professional in as a person would: types the address on the sign-in page, takes the
	 * link from the mail the portal sent to the tests' SMTP server, opens it and confirms.
	 * Returns with the browser on the page the portal shows after sign-in.
	 */
	protected void signInAsProfessional(String email) {
		int mailsBefore = TestMailbox.mailsTo(email).size();
		open("/login");
		find("#link-email").clear();
		find("#link-email").sendKeys(email);
		clickAndWait("form[action$='/login/link'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("after asking for a link").endsWith("/login/link-sent");
		String link = TestMailbox.signInLink(email, mailsBefore + 1);
		browser.get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
	}

	/**
	 * Signs staff, a partner or an admin in as a person would: the password, then the 6-digit code
	 * from the mail the portal sent to the account's address. Returns on the page after sign-in.
	 */
	protected void signInWithPasswordAndCode(String email, String password) {
		int mailsBefore = TestMailbox.mailsTo(email).size();
		open("/login");
		find("#email").clear();
		find("#email").sendKeys(email);
		find("#password").sendKeys(password);
		clickAndWait("form[action$='/login'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("after the password").contains("/login/code");
		find("#code").sendKeys(mailedCode(email, mailsBefore + 1));
		clickAndWait("form[action$='/login/ott'] button[type=submit]");
	}

	/** The 6-digit code in the n-th mail to this address. */
	protected static String mailedCode(String email, int count) {
		String body = TestMailbox.body(TestMailbox.awaitMail(email, count));
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(body);
		assertThat(code.find()).as("a 6-digit code in: %s", body).isTrue();
		return code.group(1);
	}

	protected void signOut() {
		clickAndWait(".main-nav form[action$='/logout'] button[type=submit]");
	}

	/**
	 * Clicks a link or a button that submits a form, and waits for the next page. Marks the current
	 * window first and waits until the mark is gone: unlike waiting for an old element to go stale,
	 * this cannot race with the navigation.
	 */
	protected void clickAndWait(String selector) {
		script("window.sesuOldPage = true;");
		find(selector).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(script(
				"return window.sesuOldPage === undefined && document.readyState === 'complete';")));
	}

	protected String heading() {
		return find("h1").getText();
	}

	/**
	 * The current page, checked like every other (once per state), must be free of axe-core
	 * violations now; and full-page screenshots at both widths, {@code name-360.png} and
	 * {@code name-1280.png}, are saved to be looked at.
	 */
	protected void checkPage(String name) {
		AccessibilityGate gate = AccessibilityGate.of(browser);
		gate.checkIfNavigated();
		String state = gate.checkNow();
		assertThat(AccessibilityGate.violationsOf(state)).as("axe-core violations on %s (%s):%n%s", name, state,
				String.join("\n", AccessibilityGate.violationsOf(state)))
			.isEmpty();
		gate.screenshots(name);
	}

}
