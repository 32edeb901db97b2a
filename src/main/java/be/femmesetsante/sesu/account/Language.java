package be.femmesetsante.sesu.account;

import java.util.Locale;

/**
 * The two languages the portal speaks. Each account keeps one: every mail to the person is written
 * in it, whatever page they were on.
 */
public enum Language {

	FRENCH("fr", Locale.forLanguageTag("fr-BE")), ENGLISH("en", Locale.ENGLISH);

	private final String tag;

	private final Locale locale;

	Language(String tag, Locale locale) {
		this.tag = tag;
		this.locale = locale;
	}

	/** As stored: "fr" or "en". */
	public String tag() {
		return tag;
	}

	public Locale locale() {
		return locale;
	}

	/** French unless the tag says English, as the portal's pages do. */
	public static Language ofTag(String tag) {
		return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
	}

	public static Language of(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
	}

}
