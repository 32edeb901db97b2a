package be.femmesetsante.sesu.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service works in Belgium: days and times are Brussels ones, whatever the server's zone. */
public final class Brussels {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private Brussels() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/**
	 * The one way dates are written on the portal, in every language: "27 novembre 2026",
	 * "27 November 2026" (templates use the same pattern, {@link #DATE_PATTERN}).
	 */
	public static final String DATE_PATTERN = "d MMMM yyyy";

	/** A date with its Brussels time: "27 novembre 2026, 18:08". */
	public static final String DATE_TIME_PATTERN = "d MMMM yyyy, HH:mm";

	public static java.time.format.DateTimeFormatter dates(java.util.Locale locale) {
		return java.time.format.DateTimeFormatter.ofPattern(DATE_PATTERN, locale).withZone(ZONE);
	}

	public static java.time.format.DateTimeFormatter dateTimes(java.util.Locale locale) {
		return java.time.format.DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, locale).withZone(ZONE);
	}

	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}
}
