package be.femmesetsante.sesu.casework.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads typed form values (kept as text, so a page can show them again) into checked values. */
public final class Forms {

	private Forms() {
	}

	public static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new CaseworkException("casework.error." + field, field);
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				throw new CaseworkException("casework.error." + field, field);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new CaseworkException("casework.error." + field, field);
		}
	}

	public static int number(String value, String field, int min, int max) {
		try {
			int number = Integer.parseInt(value == null ? "" : value.strip());
			if (number < min || number > max) {
				throw new CaseworkException("casework.error." + field, field, min, max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new CaseworkException("casework.error." + field, field, min, max);
		}
	}

	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new CaseworkException("casework.error." + field, field);
		}
	}

	/** An activity's code (whether it is offered is the service's rule). */
	public static Activity activity(String value) {
		try {
			return Activity.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new CaseworkException("casework.error.activity", "activity");
		}
	}

	/** Trimmed text, null when blank; refused when required and blank, or longer than max. */
	public static String text(String value, String field, int max, boolean required) {
		String text = value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
		if (required && text == null) {
			throw new CaseworkException("casework.error." + field, field);
		}
		if (text != null && text.length() > max) {
			throw new CaseworkException("casework.error.tooLong", field, max);
		}
		return text;
	}

	public static long id(String value, String field) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new CaseworkException("casework.error." + field, field);
		}
	}
}
