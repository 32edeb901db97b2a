package be.femmesetsante.sesu.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the user sees is in both bundles, and no template carries text of its own. */
class MessageBundleTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads or hears: they must come from the bundles too. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label", "value");

	/** Language names are written in their own language on purpose, so they are never translated. */
	private static final Set<String> UNTRANSLATED = Set.of("FR", "EN", "– français", "– English");

	private static final Pattern HAS_LETTERS = Pattern.compile("\\p{L}");

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties french = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(french).isNotEmpty();
		assertThat(english.keySet()).as("keys in French missing in English")
			.containsAll(french.keySet());
		assertThat(french.keySet()).as("keys in English missing in French")
			.containsAll(english.keySet());
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			load(bundle).forEach((key, value) -> assertThat(value.toString().strip())
				.as("%s in %s", key, bundle)
				.isNotEmpty());
		}
	}

	@Test
	void templatesHaveNoTextOutsideMessageExpressions() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Document page = Jsoup.parse(file.toFile(), "UTF-8");
				for (Element element : page.getAllElements()) {
					checkText(file, element, problems);
					checkAttributes(file, element, problems);
				}
			}
		}
		assertThat(problems).as("user-visible text written in a template instead of a bundle").isEmpty();
	}

	private static void checkText(Path file, Element element, List<String> problems) {
		if (replacedByThymeleaf(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
			return;
		}
		for (TextNode text : element.textNodes()) {
			String words = text.text().strip();
			if (HAS_LETTERS.matcher(words).find() && !UNTRANSLATED.contains(words)) {
				problems.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + "> \"" + words + "\"");
			}
		}
	}

	private static void checkAttributes(Path file, Element element, List<String> problems) {
		for (String attribute : VISIBLE_ATTRIBUTES) {
			String value = element.attr(attribute);
			boolean hidden = element.tagName().equals("input") && "hidden".equals(element.attr("type"));
			if (!hidden && HAS_LETTERS.matcher(value).find() && !element.hasAttr("th:" + attribute)) {
				problems.add(TEMPLATES.relativize(file) + ": " + attribute + "=\"" + value + "\"");
			}
		}
	}

	/** The element's own text is a placeholder that Thymeleaf replaces (natural templates). */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("th:errors")) {
				return true;
			}
		}
		return false;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
