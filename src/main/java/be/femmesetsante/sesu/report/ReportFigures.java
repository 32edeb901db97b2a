package be.femmesetsante.sesu.report;

import java.util.List;

/**
 * The figures of a region over a period and the same period a year before, as the database counted
 * them (each pair: {@code current}, {@code previous}). Nothing here is suppressed yet: that is the
 * report's to do for the person who reads it ({@link ActivityReport}).
 */
record ReportFigures(
		Pair received,
		Pair germanSpeaking,
		List<Row> byMonth,
		List<Row> byOutcome,
		List<Row> bySector,
		List<Row> byKind,
		List<Row> byProvince,
		List<Row> byMunicipality,
		Pair organisations,
		Pair firstTimeOrganisations,
		Pair consultations,
		Pair sessions,
		Pair workshops,
		Pair workshopParticipants,
		DecimalPair organisationsPerWorkshop,
		List<Row> minutesByActivity,
		DecimalPair medianDaysToFirstAction,
		Pair withFirstAction,
		DecimalPair medianDaysToFirstSession,
		Pair withFirstSession,
		List<Row> redirections,
		Pair evaluationsInvited,
		Pair evaluationsAnswered,
		List<Row> usefulness,
		List<Row> practiceChanged,
		List<Row> wouldRecommend) {

	/** A count this period and the same period a year before. */
	record Pair(long current, long previous) {

		Pair minus(Pair other) {
			return new Pair(current - other.current, previous - other.previous);
		}
	}

	/** A median or an average, null where there was nothing to measure. */
	record DecimalPair(Double current, Double previous) {
	}

	/** One line of a breakdown: its code (an enum's name, a municipality, a service…) and its two counts. */
	record Row(String code, long current, long previous) {
	}
}
