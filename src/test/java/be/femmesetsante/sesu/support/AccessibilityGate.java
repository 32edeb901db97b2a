package be.femmesetsante.sesu.support;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * axe-core on every page a browser test loads, without the test asking. The browser the tests
 * drive is decorated with this listener: after {@code get} and after any navigation, and after a
 * click, a submit or typed keys that replaced the document, the new page is checked against
 * axe-core's WCAG 2.2 A and AA rules at phone (360 px) and desktop (1280 px) width; a page
 * that fails is also saved, at both widths, under {@code target/screenshots/axe-violations/}.
 * <p>
 * A page is checked once per state, for the whole test run: its path with references and ids
 * generalised ({@code /casework/requests/{reference}}), its language, and the set of distinct
 * elements it holds (tag, id, classes; not the text nor how many times an element repeats). So
 * the team's page of a new request and of an accepted one are two states, two requests at the
 * same stage are one. The listener never throws (Selenium would only log it): what axe finds is
 * kept and {@link BrowserTest} fails the test that loaded the page, naming the page and the
 * violations.
 * <p>
 * The checks run on the undecorated driver, so they fire no events of their own.
 */
public final class AccessibilityGate implements WebDriverListener {

	static final List<String> WCAG_22_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	static final int[] WIDTHS = { 360, 1280 };

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** Set on the page before a click; gone once another document is loaded. */
	private static final String MARK = "window.__sesuAccessibilityMark";

	/**
	 * The page's state, read in the browser: whether it is an HTML document, its path, language,
	 * title and the sorted set of its distinct elements (digits in ids made 0, so "message-12" and
	 * "message-13" are one element).
	 */
	private static final String STATE = """
			const seen = new Set();
			for (const e of document.querySelectorAll('body *')) {
			  let token = e.tagName.toLowerCase();
			  if (e.id) token += '#' + e.id.replace(/[0-9]+/g, '0');
			  if (e.classList.length) token += '.' + [...e.classList].sort().join('.');
			  seen.add(token);
			}
			return { html: document.contentType === 'text/html' && !!document.body,
			         path: location.pathname, lang: document.documentElement.lang || '',
			         title: document.title, elements: [...seen].sort().join(' ') };""";

	/** Page state → what axe found there, over both widths (empty: clean). Shared by every browser of the run. */
	private static final Map<String, List<String>> CHECKED = new ConcurrentHashMap<>();

	/** Pages with violations that the current test loaded, described for its failure. */
	private static final List<String> FAILURES_OF_THIS_TEST = new ArrayList<>();

	private static final AtomicInteger AXE_RUNS = new AtomicInteger();

	private static final AtomicLong AXE_MILLIS = new AtomicLong();


	private final ChromeDriver driver;

	/** A click, a submit or keys typed since the last check: the document may have changed. */
	private boolean maybeNavigated;

	/** Set while this listener works, so the events of the checks themselves are ignored. */
	private boolean checking;

	/** The state of the last page this browser showed and that was checked. */
	private volatile String lastState;

	private AccessibilityGate(ChromeDriver driver) {
		this.driver = driver;
	}

	/** Each decorated browser's gate, by identity (a decorated browser's own methods would call Chromium). */
	private static final Map<WebDriver, AccessibilityGate> GATES = java.util.Collections
		.synchronizedMap(new java.util.IdentityHashMap<>());

	/** The browser the tests drive: the driver, with every page it shows checked. */
	static WebDriver watch(ChromeDriver driver) {
		AccessibilityGate gate = new AccessibilityGate(driver);
		WebDriver browser = new EventFiringDecorator<WebDriver>(gate).decorate(driver);
		GATES.put(browser, gate);
		return browser;
	}

	/** The gate of a browser made by {@link #watch}. */
	static AccessibilityGate of(WebDriver browser) {
		AccessibilityGate gate = GATES.get(browser);
		if (gate == null) {
			throw new IllegalStateException("Not a browser of BrowserTest.newBrowser(): pages would go unchecked");
		}
		return gate;
	}

	/** Forgets a browser that was quit. */
	static void forget(WebDriver browser) {
		GATES.remove(browser);
	}

	@Override
	public void afterGet(WebDriver decorated, String url) {
		checkNow();
	}

	@Override
	public void beforeAnyCall(Object target, Method method, Object[] args) {
		if (maybeNavigated && !method.getName().equals("quit") && !method.getName().equals("close")) {
			checkIfNavigated();
		}
	}

	@Override
	public void afterAnyCall(Object target, Method method, Object[] args, Object result) {
		if (target instanceof WebDriver.Navigation) {
			checkNow();
		}
	}

	@Override
	public void beforeClick(WebElement element) {
		mark();
	}

	@Override
	public void beforeSubmit(WebElement element) {
		mark();
	}

	@Override
	public void beforeSendKeys(WebElement element, CharSequence... keys) {
		// Enter in a field submits its form.
		mark();
	}

	/** Checks the page now if the document was replaced since the last click, submit or keys. */
	void checkIfNavigated() {
		if (!maybeNavigated || checking) {
			return;
		}
		Object replaced = quietly(() -> driver.executeScript(
				"return " + MARK + " === undefined && document.readyState === 'complete';"));
		if (Boolean.TRUE.equals(replaced)) {
			checkNow();
		}
	}

	/**
	 * Checks the current page (once per state and width, for the whole run); returns its state,
	 * or null for a document that is not an HTML page.
	 */
	String checkNow() {
		if (checking) {
			return null;
		}
		checking = true;
		maybeNavigated = false;
		try {
			return check();
		}
		catch (RuntimeException ex) {
			// Selenium would only log an exception thrown here: the test must fail instead.
			synchronized (FAILURES_OF_THIS_TEST) {
				FAILURES_OF_THIS_TEST.add("a page could not be checked: " + ex);
			}
			return null;
		}
		finally {
			checking = false;
		}
	}

	private String check() {
		@SuppressWarnings("unchecked")
		Map<String, Object> page = (Map<String, Object>) driver.executeScript(STATE);
		if (page == null || !Boolean.TRUE.equals(page.get("html"))) {
			return null;
		}
		String path = (String) page.get("path");
		String state = generalise(path) + " [" + page.get("lang") + "] " + sha((String) page.get("elements"));
		// computeIfAbsent would hold the map's lock during axe: two browsers would wait on each other.
		List<String> violations = CHECKED.get(state);
		if (violations == null) {
			violations = axe(slug(state));
			CHECKED.put(state, violations);
		}
		lastState = state;
		if (!violations.isEmpty()) {
			synchronized (FAILURES_OF_THIS_TEST) {
				FAILURES_OF_THIS_TEST.add("%s (state %s, title \"%s\"):%n%s".formatted(path, state, page.get("title"),
						String.join("\n", violations)));
			}
		}
		return state;
	}

	/** The state of the last page checked in this browser (checked now or earlier in the run). */
	String lastState() {
		return lastState;
	}

	/** What axe found on the page in this state (empty when clean), null if never checked. */
	static List<String> violationsOf(String state) {
		return state == null ? List.of() : CHECKED.get(state);
	}

	/** Saves the current page at both widths as {@code name-360.png} and {@code name-1280.png}. */
	void screenshots(String name) {
		checking = true;
		try {
			for (int width : WIDTHS) {
				emulateWidth(width);
				screenshot(name + "-" + width);
			}
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		finally {
			checking = false;
		}
	}

	/** The failures collected since the last call, and forgets them: the current test's. */
	static List<String> takeFailures() {
		synchronized (FAILURES_OF_THIS_TEST) {
			List<String> failures = List.copyOf(FAILURES_OF_THIS_TEST);
			FAILURES_OF_THIS_TEST.clear();
			return failures;
		}
	}

	static String summary() {
		return "axe-core: %d page states checked so far in this JVM, %d runs, %d s".formatted(CHECKED.size(),
				AXE_RUNS.get(), AXE_MILLIS.get() / 1000);
	}

	private List<String> axe(String screenshotName) {
		long start = System.currentTimeMillis();
		List<String> violations = new ArrayList<>();
		AxeBuilder axe = new AxeBuilder().withTags(WCAG_22_A_AA)
			// The portal's pages hold no frames: axe.run in the page itself ("legacy" mode) gives the
			// same results without the blank window and second injection the frame-aware mode needs.
			.setLegacyMode(true)
			.disableIframeTesting();
		for (int width : WIDTHS) {
			emulateWidth(width);
			Results results = axe.analyze(driver);
			// Injected once: the page stays the same document at the other width.
			axe.setInjectAxe(d -> { }, false);
			AXE_RUNS.incrementAndGet();
			if (results.getViolations() != null && !results.getViolations().isEmpty()) {
				violations.add("  at " + width + " px:\n" + describe(results.getViolations()));
			}
			if (width < 600) {
				String wider = widerThanTheWindow();
				if (wider != null) {
					violations.add("  at " + width + " px " + wider);
				}
			}
			else if (results.isErrored()) {
				violations.add("  at " + width + " px axe-core failed: " + results.getErrorMessage());
			}
		}
		AXE_MILLIS.addAndGet(System.currentTimeMillis() - start);
		if (!violations.isEmpty()) {
			// What the failing page looked like, to go with the failure.
			for (int width : WIDTHS) {
				emulateWidth(width);
				screenshot("axe-violations/" + screenshotName + "-" + width);
			}
		}
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return List.copyOf(violations);
	}

	/**
	 * On a phone, nothing may make the page wider than the window (a long word, an address, a
	 * table): the reader would have to scroll sideways on every line. Null when it fits; otherwise
	 * by how much, and the first elements that stick out.
	 */
	private String widerThanTheWindow() {
		Object wider = driver.executeScript("""
				const root = document.documentElement;
				const extra = root.scrollWidth - root.clientWidth;
				if (extra <= 0) { return null; }
				const out = [];
				for (const e of document.body.querySelectorAll('*')) {
				  const r = e.getBoundingClientRect();
				  if (r.right > root.clientWidth + 1 && out.length < 5) {
				    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));
				  }
				}
				return 'the page is wider than the window by ' + extra + ' px (document.documentElement.scrollWidth): ' + out.join(', ');""");
		return (String) wider;
	}

	private void mark() {
		if (!checking) {
			quietly(() -> driver.executeScript(MARK + " = true;"));
			maybeNavigated = true;
		}
	}

	private void emulateWidth(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", width < 600 ? 780 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	private void screenshot(String name) {
		try {
			Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
			Number width = (Number) driver.executeScript("return window.innerWidth");
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.intValue(),
					"height", Math.min(height.intValue(), 6000), "deviceScaleFactor", 1, "mobile", width.intValue() < 600));
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	/** A path with its references and numeric ids made generic: one page, whatever request it shows. */
	static String generalise(String path) {
		return path.replaceAll("SESU-[0-9]{4}-[0-9]+", "{reference}").replaceAll("/[0-9]+(?=/|$)", "/{id}");
	}

	private static String slug(String state) {
		String slug = state.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_+|_+$", "");
		return slug.length() <= 120 ? slug : slug.substring(slug.length() - 120);
	}

	private static String sha(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 5);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "  - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	/** A script that may run while the page goes away (a click that navigates): no answer is an answer. */
	private static Object quietly(java.util.function.Supplier<Object> script) {
		try {
			return script.get();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
