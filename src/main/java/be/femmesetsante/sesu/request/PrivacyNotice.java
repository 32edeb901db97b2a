package be.femmesetsante.sesu.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One published version of the privacy notice, in French and English. A version is never edited:
 * an admin publishes a new one ({@link PrivacyNotices#publish}), and each request keeps the
 * {@link #version()} its sender read. The identifier says when and which: {@code 2026-11-v1} is the
 * first version, published in November 2026; pages show that same identifier.
 * <p>
 * The text is plain: paragraphs separated by a blank line, a paragraph starting with {@code ## } is
 * a heading, and {@code {contact}} stands for the team's address (a link on the page).
 */
public record PrivacyNotice(String version, int number, String textFr, String textEn, Instant publishedAt) {

	/** The first version (V25), the one requests stored before the notice was versioned. */
	public static final String VERSION = "2026-11-v1";

	public static final String CONTACT = "{contact}";

	public String text(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? textEn : textFr;
	}

	/** The notice in the page's language, as headings and paragraphs. */
	public List<Block> blocks(Locale locale) {
		return blocks(text(locale));
	}

	static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String chunk : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			String words = chunk.strip().replaceAll("\\s*\n\\s*", " ");
			if (words.isEmpty()) {
				continue;
			}
			if (words.startsWith("## ")) {
				blocks.add(new Block(true, List.of(words.substring(3).strip())));
			}
			else {
				blocks.add(new Block(false, List.of(words.split("\\{contact\\}", -1))));
			}
		}
		return blocks;
	}

	/**
	 * A heading or a paragraph; a paragraph's {@code parts} are its text around each
	 * {@code {contact}} (the page puts the team's address between two parts).
	 */
	public record Block(boolean heading, List<String> parts) {
	}
}
