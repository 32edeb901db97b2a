package be.femmesetsante.sesu.organisation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Belgian enterprise number (BCE/KBO), kept as its ten digits. Used to spot an organisation
 * registered twice, so two spellings of the same number must give the same value.
 */
public record EnterpriseNumber(String digits) {

	private static final Pattern TEN_DIGITS = Pattern.compile("[01][0-9]{9}");
	// What people type, once spaces and dots are gone: an optional BE prefix, then the digits.
	private static final Pattern TYPED = Pattern.compile("(?:[bB][eE])?([01][0-9]{9})");

	public EnterpriseNumber {
		if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
			throw new InvalidEnterpriseNumberException(InvalidEnterpriseNumberException.Reason.FORMAT);
		}
		if (!hasValidCheckDigits(digits)) {
			throw new InvalidEnterpriseNumberException(InvalidEnterpriseNumberException.Reason.CHECK_DIGITS);
		}
	}

	/**
	 * Reads what a person typed: {@code 0123456789}, {@code 0123.456.789}, {@code BE 0123.456.789},
	 * {@code be0123456789}.
	 *
	 * @throws InvalidEnterpriseNumberException with {@code FORMAT} or {@code CHECK_DIGITS}
	 */
	public static EnterpriseNumber parse(String input) {
		if (input == null) {
			throw new InvalidEnterpriseNumberException(InvalidEnterpriseNumberException.Reason.FORMAT);
		}
		// Spaces (including the no-break space of a copied web page) and dots only group digits.
		Matcher typed = TYPED.matcher(input.replaceAll("[\\s\\u00A0.]", ""));
		if (!typed.matches()) {
			throw new InvalidEnterpriseNumberException(InvalidEnterpriseNumberException.Reason.FORMAT);
		}
		return new EnterpriseNumber(typed.group(1));
	}

	/**
	 * A number read from the database, which never throws: since V19 the database holds only valid
	 * numbers, but a page must not break on a stored value whatever it is; an invalid one reads as
	 * none (and is logged, so it can be corrected).
	 */
	public static Optional<EnterpriseNumber> fromStorage(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new EnterpriseNumber(stored));
		}
		catch (InvalidEnterpriseNumberException ex) {
			org.slf4j.LoggerFactory.getLogger(EnterpriseNumber.class)
				.warn("A stored enterprise number is not valid ({}): shown as none", ex.reason());
			return Optional.empty();
		}
	}

	/** The number is optional on the form: blank means none, anything else must be valid. */
	public static Optional<EnterpriseNumber> parseOptional(String input) {
		return input == null || input.isBlank() ? Optional.empty() : Optional.of(parse(input));
	}

	/** The last two digits as they should be for the first eight: 97 − (first eight mod 97). */
	public static int checkDigitsFor(long firstEight) {
		return (int) (97 - firstEight % 97);
	}

	private static boolean hasValidCheckDigits(String digits) {
		long firstEight = Long.parseLong(digits.substring(0, 8));
		int check = Integer.parseInt(digits.substring(8));
		return check == checkDigitsFor(firstEight);
	}

	/** As the BCE shows it: {@code 0123.456.789}. */
	public String formatted() {
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	@Override
	public String toString() {
		return formatted();
	}
}
