package be.femmesetsante.sesu.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The stored code of a reference entry (a sector, a kind of support, an activity, a redirect
 * service): upper-case letters, digits and underscores, at most 30 characters. Codes never change
 * once stored, so reports keep grouping by them; labels live in the reference tables
 * ({@link ReferenceList}).
 */
public final class ReferenceCode {

	public static final int MAX_LENGTH = 30;

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	private ReferenceCode() {
	}

	public static boolean isWellFormed(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

	/** The code itself, or an {@link IllegalArgumentException} (as {@code Enum.valueOf} does). */
	public static String checked(String code) {
		if (!isWellFormed(code)) {
			throw new IllegalArgumentException("Not a reference code: " + code);
		}
		return code;
	}

	/**
	 * The order of codes within one list when no position is at hand (a request's kinds): the codes
	 * the list was created with in their order, then the codes added later alphabetically.
	 */
	public static int compare(List<String> seeded, String a, String b) {
		int ia = seeded.indexOf(a);
		int ib = seeded.indexOf(b);
		if (ia >= 0 && ib >= 0) {
			return Integer.compare(ia, ib);
		}
		if (ia >= 0 || ib >= 0) {
			return ia >= 0 ? -1 : 1;
		}
		return a.compareTo(b);
	}
}
