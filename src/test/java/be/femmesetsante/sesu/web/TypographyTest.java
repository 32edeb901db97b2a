package be.femmesetsante.sesu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The bundles' typography: French takes a non-breaking space before ; : ? ! and inside « », so a
 * line never starts with the sign; English takes none. Plurals are written out ({@code choice}
 * patterns), never "minute(s)". No Spring context: the bundles are read as files.
 */
class TypographyTest {

	static final Path FRENCH = Path.of("src/main/resources/messages.properties");

	static final Path ENGLISH = Path.of("src/main/resources/messages_en.properties");

	@Test
	void frenchHasANonBreakingSpaceBeforeHighPunctuationAndInsideGuillemets() throws IOException {
		assertThat(offending(FRENCH, Pattern.compile(" [;:?!]|« | »|[^\\s\u00a0\u202f(«{'/\\d][;?!](?=\\s|$)")))
			.as("French texts with an ordinary space (or none) before ; : ? ! or inside « »").isEmpty();
	}

	@Test
	void englishHasNoSpaceBeforePunctuation() throws IOException {
		assertThat(offending(ENGLISH, Pattern.compile("[ \u00a0\u202f][;:?!](?=\\s|$)")))
			.as("English texts with a space before ; : ? !").isEmpty();
	}

	@Test
	void pluralsAreWrittenOutInBothLanguages() throws IOException {
		Pattern parenthesised = Pattern.compile("\\((s|x|e)\\)");
		assertThat(offending(FRENCH, parenthesised)).as("French plurals in parentheses").isEmpty();
		assertThat(offending(ENGLISH, parenthesised)).as("English plurals in parentheses").isEmpty();
	}

	@Test
	void theCheckSeesAnOffence() {
		assertThat(Pattern.compile(" [;:?!]").matcher("Erreur : ").find()).isTrue();
	}

	private static List<String> offending(Path bundle, Pattern pattern) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		List<String> found = new ArrayList<>();
		for (String key : texts.stringPropertyNames()) {
			String text = texts.getProperty(key);
			// Addresses and times are not prose.
			String prose = text.replaceAll("https?://\\S+|\\d{1,2}:\\d{2}|mailto:\\S+", "");
			if (pattern.matcher(prose).find()) {
				found.add(key + "=" + text);
			}
		}
		return found;
	}
}
