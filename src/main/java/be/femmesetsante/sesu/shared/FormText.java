package be.femmesetsante.sesu.shared;

import java.util.regex.Pattern;

/**
 * What people type, made safe to store before any other check. PostgreSQL refuses the NUL
 * character in text (and in JSON), so a NUL pasted from a broken document would otherwise end as a
 * server error; other invisible control characters carry no meaning in a form either. Tabs and
 * line breaks are kept. Pure, so property tests can throw anything at it.
 */
public final class FormText {

	// C0 controls except tab, line feed and carriage return; DEL; unpaired surrogates never survive
	// the UTF-8 decoding of a request, so they need no rule here.
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	/** Half of a surrogate pair alone: no character at all (UTF-8 cannot encode it, Argon2 refuses it). */
	private static final Pattern LONE_SURROGATE = Pattern.compile(
			"[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	private FormText() {
	}

	/** The text without control characters, a lone half of a surrogate pair replaced by U+FFFD; null stays null. */
	public static String clean(String typed) {
		if (typed == null || typed.isEmpty()) {
			return typed;
		}
		return LONE_SURROGATE.matcher(CONTROL.matcher(typed).replaceAll("")).replaceAll("\uFFFD");
	}

}
