package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Region;

/**
 * Tells which region serves a Belgian postal code, from the ranges of the four-digit codes.
 * Pure: no database, so the form can answer while the person types.
 */
public final class PostalCodeRouting {

	private PostalCodeRouting() {
	}

	/** What the service can do for a postal code. */
	public sealed interface Result permits Served, OutsideArea, Invalid {
	}

	/**
	 * Inside the service's area. {@code germanSpeaking} marks the German-speaking Community, whose
	 * health promotion is not the AVIQ's: staff decide rather than the code routing it silently.
	 */
	public record Served(Region region, boolean germanSpeaking) implements Result {
	}

	/** Flanders: outside the service's area; the form says so kindly and keeps what was typed. */
	public record OutsideArea() implements Result {
	}

	/** Not a Belgian postal code (four digits from 1000 to 9999). */
	public record Invalid() implements Result {
	}

	private static final OutsideArea OUTSIDE_AREA = new OutsideArea();
	private static final Invalid INVALID = new Invalid();

	public static Result route(String postalCode) {
		if (postalCode == null) {
			return INVALID;
		}
		String code = postalCode.trim();
		// ASCII digits only: Character.isDigit would let Arabic-Indic or full-width digits through.
		if (code.length() != 4 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return INVALID;
		}
		int number = Integer.parseInt(code);
		if (number < 1000) {
			return INVALID;
		}
		if (number <= 1299) {
			return new Served(Region.BRUSSELS, false);
		}
		if (number <= 1499) {
			return new Served(Region.WALLONIA, false);
		}
		if (number <= 3999) {
			return OUTSIDE_AREA;
		}
		if (number <= 7999) {
			return new Served(Region.WALLONIA, number >= 4700 && number <= 4791);
		}
		return OUTSIDE_AREA;
	}
}
