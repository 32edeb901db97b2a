package be.femmesetsante.sesu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import be.femmesetsante.sesu.shared.Brussels;

/**
 * The period a report covers: whole Brussels days from {@code from} to {@code to}, both included. A
 * request received on 31 December at 23:30 in Brussels belongs to that year, whatever the server's
 * zone: the bounds are turned into instants at midnight in Brussels.
 *
 * @param label what the period is called in file names: "2026", "2026-T2" or "2026-01-15_2026-03-31"
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label, Kind kind) {

	public enum Kind {
		YEAR, QUARTER, RANGE
	}

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year), Kind.YEAR);
	}

	public static ReportPeriod quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter " + quarter);
		}
		LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
		return new ReportPeriod(from, from.plusMonths(3).minusDays(1), year + "-T" + quarter, Kind.QUARTER);
	}

	public static ReportPeriod range(LocalDate from, LocalDate to) {
		return new ReportPeriod(from, to, from + "_" + to, Kind.RANGE);
	}

	/** The same period a year before (29 February becomes 28 February). */
	public ReportPeriod yearBefore() {
		LocalDate start = from.minus(Period.ofYears(1));
		LocalDate end = to.minus(Period.ofYears(1));
		return switch (kind) {
			case YEAR -> year(from.getYear() - 1);
			case QUARTER -> quarter(from.getYear() - 1, (from.getMonthValue() + 2) / 3);
			case RANGE -> range(start, end);
		};
	}

	/** The first instant of the period: midnight in Brussels on {@code from}. */
	public Instant start() {
		return from.atStartOfDay(Brussels.ZONE).toInstant();
	}

	/** The first instant after the period: midnight in Brussels the day after {@code to}. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(Brussels.ZONE).toInstant();
	}

	/** The period as a person reads it (the years of a range: "2026" or "2025–2026"). */
	public int year() {
		return from.getYear();
	}

	public Integer quarterNumber() {
		return kind == Kind.QUARTER ? (from.getMonthValue() + 2) / 3 : null;
	}
}
