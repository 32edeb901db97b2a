package be.femmesetsante.sesu.shared;

import java.util.Locale;

/**
 * One entry of a reference list: its stable code, its French and English labels, its place in the
 * list, whether forms still offer it (a retired entry stays on what already uses it), and its
 * version for optimistic locking.
 */
public record ReferenceEntry(String code, String labelFr, String labelEn, int position, boolean offered,
		long version) {

	/** The label in the page's language: English for English, French otherwise. */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelFr;
	}
}
