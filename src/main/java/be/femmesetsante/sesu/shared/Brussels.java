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

	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}
}
