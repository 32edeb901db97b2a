package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Brussels;
import java.time.Clock;
import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out human references, {@code SESU-2026-0042}: the year, then a number that starts again
 * at 1 each year. One counter row per year, bumped atomically by PostgreSQL, so two nodes never
 * give the same number; the row stays locked until the submission commits, which keeps the
 * numbers without gaps (submissions are few, so the wait is short).
 */
@Component
class References {

	// The service works in Belgium: a request sent on 31 December at 23:30 belongs to that year.

	private final JdbcClient jdbc;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(Clock clock) {
		int year = Year.now(clock.withZone(Brussels.ZONE)).getValue();
		int number = jdbc.sql("""
				insert into request_reference_counter (year, last_number) values (:year, 1)
				on conflict (year) do update set last_number = request_reference_counter.last_number + 1
				returning last_number""")
			.param("year", year)
			.query(Integer.class)
			.single();
		return format(year, number);
	}

	static String format(int year, int number) {
		return String.format("SESU-%d-%04d", year, number);
	}
}
