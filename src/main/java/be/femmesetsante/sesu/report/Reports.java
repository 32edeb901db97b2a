package be.femmesetsante.sesu.report;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.report.ActivityReport.Cell;
import be.femmesetsante.sesu.report.ActivityReport.Line;
import be.femmesetsante.sesu.report.ActivityReport.Table;
import be.femmesetsante.sesu.report.ReportFigures.DecimalPair;
import be.femmesetsante.sesu.report.ReportFigures.Pair;
import be.femmesetsante.sesu.report.ReportFigures.Row;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Scope;

/**
 * Builds the activity report a person asked for: checks that the region is in their scope (a
 * partner asking for Wallonia gets a 404, as for a Wallonia case), counts in the database, then
 * labels, formats and, for partners, suppresses small counts. Every report read is announced as a
 * {@link ReportRead} event, published in the report's transaction so that an
 * {@code @ApplicationModuleListener} (the audit trail) receives it after commit.
 */
@Service
public class Reports {

	static final List<String> OUTCOMES = List.of("OPEN", "IN_PROGRESS", "CLOSED", "DECLINED", "REDIRECTED", "WITHDRAWN");

	static final List<String> SECTORS = List.of("MAISON_MEDICALE", "PLANNING_FAMILIAL", "SANTE_MENTALE", "PSE_PMS",
			"HOPITAL", "CPAS_POUVOIR_LOCAL", "PROMOTION_SANTE", "AIDE_VICTIMES", "MAISON_ACCUEIL",
			"EDUCATION_PERMANENTE", "ADMINISTRATION", "OTHER");

	static final List<String> KINDS = List.of("PROJECT_SUPPORT", "TOOL_REVIEW", "TEAM_TRAINING", "EVALUATION",
			"DOCUMENTATION", "OTHER");

	static final Map<Region, List<String>> PROVINCES = Map.of(Region.BRUSSELS, List.of("BRUSSELS"), Region.WALLONIA,
			List.of("WALLOON_BRABANT", "HAINAUT", "LIEGE", "LUXEMBOURG", "NAMUR"));

	static final List<String> ACTIVITIES = List.of("PREPARATION", "SESSION", "TRAVEL", "ADMIN", "OTHER");

	private final KeptFigures figures;

	private final Evaluations evaluations;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Reports(KeptFigures figures, Evaluations evaluations, MessageSource messages, Clock clock,
			ApplicationEventPublisher events) {
		this.figures = figures;
		this.evaluations = evaluations;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	/** Whether this person reads reports at all (staff and partners). */
	public static boolean readsReports(Actor actor) {
		return actor.audience().readsReports();
	}

	/** The regions whose report this person may read. */
	public static List<Region> regionsOf(Actor actor) {
		if (!readsReports(actor)) {
			return List.of();
		}
		Scope scope = actor.scope();
		return scope.region() == null ? List.of(Region.values()) : List.of(scope.region());
	}

	/**
	 * The report of a region over a period for this person, in their language.
	 *
	 * @param format what it is read as ("page", "csv", "xlsx", "pdf"), for the audit hook
	 * @throws NotFoundException when the region is not in the person's scope (a partner and Wallonia)
	 */
	@Transactional
	public ActivityReport report(Actor actor, Region region, ReportPeriod period, Locale locale, String format) {
		if (!regionsOf(actor).contains(region)) {
			throw new NotFoundException();
		}
		Scope scope = actor.scope();
		boolean suppressed = !actor.audience().readsSmallCounts();
		ReportFigures f = figures.figures(region, period, scope);
		Builder b = new Builder(locale, suppressed, period);

		// Key figures: each line its own definition.
		List<Line> key = new ArrayList<>();
		key.add(b.count("received", f.received()));
		key.add(b.count("germanSpeaking", f.germanSpeaking()));
		Pair returning = f.organisations().minus(f.firstTimeOrganisations());
		Cell[][] orgs = b.split(f.organisations(), f.firstTimeOrganisations(), returning);
		key.add(new Line(b.text("report.figure.organisations"), b.note("report.note.organisations"), orgs[0][0], orgs[1][0]));
		key.add(new Line(b.text("report.figure.firstTime"), b.note("report.note.firstTime"), orgs[0][1], orgs[1][1]));
		key.add(new Line(b.text("report.figure.returning"), b.note("report.note.returning"), orgs[0][2], orgs[1][2]));
		key.add(b.count("consultations", f.consultations()));
		key.add(b.count("sessions", f.sessions()));
		key.add(b.count("workshops", f.workshops()));
		key.add(b.count("workshopParticipants", f.workshopParticipants()));
		key.add(b.measure("organisationsPerWorkshop", f.organisationsPerWorkshop(), f.workshops()));
		key.add(b.measure("daysToFirstAction", f.medianDaysToFirstAction(), f.withFirstAction()));
		key.add(b.measure("daysToFirstSession", f.medianDaysToFirstSession(), f.withFirstSession()));
		key.add(b.count("evaluationsInvited", f.evaluationsInvited()));
		key.add(b.count("evaluationsAnswered", f.evaluationsAnswered()));

		List<Table> tables = new ArrayList<>();
		tables.add(new Table("key", b.text("report.table.key"), 0, key, null, null));
		tables.add(b.breakdown("months", months(f.byMonth(), period, locale), f.received(), true, true));
		tables.add(b.breakdown("outcomes", b.fixed(f.byOutcome(), OUTCOMES, c -> "report.outcome." + c), f.received(),
				true, false));
		tables.add(b.breakdown("sectors", b.fixed(f.bySector(), SECTORS, c -> "sector." + c), f.received(), true, true));
		tables.add(b.breakdown("kinds", b.fixed(f.byKind(), KINDS, c -> "request.kind." + c), null, false, true));
		tables.add(b.breakdown("provinces", b.fixed(f.byProvince(), PROVINCES.get(region), c -> "report.province." + c),
				f.received(), true, false));
		tables.add(b.breakdown("municipalities", b.free(f.byMunicipality(), ""), f.received(), true, false));
		tables.add(b.hours(b.fixed(f.minutesByActivity(), ACTIVITIES, c -> "casework.time.activity." + c)));
		Pair redirected = find(f.byOutcome(), "REDIRECTED");
		tables.add(b.breakdown("redirections", b.free(f.redirections(), b.text("report.redirect.unknown")), redirected,
				true, false));
		tables.add(b.breakdown("usefulness", b.fixed(f.usefulness(), List.of("4", "3", "2", "1"),
				c -> "evaluation.usefulness." + c), f.evaluationsAnswered(), true, false));
		tables.add(b.breakdown("practice", b.fixed(f.practiceChanged(), Evaluations.PRACTICE,
				c -> "evaluation.practice." + c), f.evaluationsAnswered(), true, false));
		tables.add(b.breakdown("recommend", b.fixed(f.wouldRecommend(), Evaluations.RECOMMEND,
				c -> "evaluation.recommend." + c), f.evaluationsAnswered(), true, false));

		// Free comments are the team's to read, like its internal notes: never in a partner's report.
		List<String> comments = actor.audience().readsInternalText() ? evaluations.comments(region, period) : List.of();
		String funder = region == Region.BRUSSELS ? "COCOF" : "AVIQ";
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(Brussels.ZONE));
		events.publishEvent(new ReportRead(actor.accountId(), region, period.from(), period.to(), format,
				now.toInstant()));
		return new ActivityReport(region, funder, b.text("app.name") + " – " + b.text("app.owner"), period,
				period.yearBefore(), periodText(period, locale), periodText(period.yearBefore(), locale), now, suppressed,
				tables, b.footnotes, comments);
	}

	String periodText(ReportPeriod period, Locale locale) {
		return switch (period.kind()) {
			case YEAR -> String.valueOf(period.year());
			case QUARTER -> messages.getMessage("report.period.quarter", new Object[] { period.quarterNumber(),
					String.valueOf(period.year()) }, locale);
			case RANGE -> {
				DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
				yield messages.getMessage("report.period.range", new Object[] { day.format(period.from()),
						day.format(period.to()) }, locale);
			}
		};
	}

	private static Pair find(List<Row> rows, String code) {
		return rows.stream().filter(r -> r.code().equals(code)).findFirst()
			.map(r -> new Pair(r.current(), r.previous())).orElse(new Pair(0, 0));
	}

	/** Months of the period in order, by their index from the period's first month (the SQL's code). */
	private static List<Map.Entry<String, Row>> months(List<Row> rows, ReportPeriod period, Locale locale) {
		Map<String, Row> byIndex = new HashMap<>();
		rows.forEach(r -> byIndex.put(r.code(), r));
		DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		List<Map.Entry<String, Row>> months = new ArrayList<>();
		int count = (period.to().getYear() * 12 + period.to().getMonthValue())
				- (period.from().getYear() * 12 + period.from().getMonthValue()) + 1;
		for (int i = 0; i < count; i++) {
			Row row = byIndex.getOrDefault(String.valueOf(i), new Row(String.valueOf(i), 0, 0));
			months.add(Map.entry(month.format(period.from().withDayOfMonth(1).plusMonths(i)), row));
		}
		return months;
	}

	/** Labels, formats, suppresses and numbers the footnotes for one report. */
	private final class Builder {

		final Locale locale;

		final boolean suppressed;

		final ReportPeriod period;

		final List<String> footnotes = new ArrayList<>();

		final NumberFormat integer;

		final NumberFormat decimal;

		Builder(Locale locale, boolean suppressed, ReportPeriod period) {
			this.locale = locale;
			this.suppressed = suppressed;
			this.period = period;
			this.integer = NumberFormat.getIntegerInstance(locale);
			this.decimal = NumberFormat.getNumberInstance(locale);
			decimal.setMinimumFractionDigits(1);
			decimal.setMaximumFractionDigits(1);
		}

		String text(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

		int note(String key) {
			footnotes.add(text(key));
			return footnotes.size();
		}

		Cell shown(long value) {
			return new Cell((double) value, integer.format(value), false);
		}

		Cell small() {
			return new Cell(null, text("report.suppressed.small"), true);
		}

		Cell complementary() {
			return new Cell(null, text("report.suppressed.complementary"), true);
		}

		Cell count(long value) {
			return suppressed && Suppression.isSmall(value) ? small() : shown(value);
		}

		Line count(String name, Pair pair) {
			return new Line(text("report.figure." + name), note("report.note." + name), count(pair.current()),
					count(pair.previous()));
		}

		/** A median or average: hidden for partners when measured on fewer than five cases. */
		Line measure(String name, DecimalPair value, Pair base) {
			return new Line(text("report.figure." + name), note("report.note." + name),
					measured(value.current(), base.current()), measured(value.previous(), base.previous()));
		}

		Cell measured(Double value, long base) {
			if (value == null) {
				return new Cell(null, text("report.notMeasured"), false);
			}
			if (suppressed && base < Suppression.THRESHOLD) {
				return new Cell(null, text("report.suppressed.fewCases"), true);
			}
			return new Cell(value, decimal.format(value), false);
		}

		/** A total split in parts that add up to it: [period][total, parts…], suppressed together. */
		Cell[][] split(Pair total, Pair... parts) {
			Cell[][] cells = new Cell[2][parts.length + 1];
			for (int period = 0; period < 2; period++) {
				long sum = period == 0 ? total.current() : total.previous();
				long[] values = new long[parts.length];
				for (int i = 0; i < parts.length; i++) {
					values[i] = period == 0 ? parts[i].current() : parts[i].previous();
				}
				Suppression.Masks masks = suppressed ? Suppression.of(values, sum, true) : Suppression.none(parts.length);
				cells[period][0] = masks.total() ? small() : shown(sum);
				for (int i = 0; i < parts.length; i++) {
					cells[period][i + 1] = masks.small()[i] ? small() : masks.complementary()[i] ? complementary()
							: shown(values[i]);
				}
			}
			return cells;
		}

		List<Map.Entry<String, Row>> fixed(List<Row> rows, List<String> codes, Function<String, String> key) {
			Map<String, Row> byCode = new HashMap<>();
			rows.forEach(r -> byCode.put(r.code(), r));
			List<Map.Entry<String, Row>> lines = new ArrayList<>();
			for (String code : codes) {
				lines.add(Map.entry(text(key.apply(code)), byCode.getOrDefault(code, new Row(code, 0, 0))));
			}
			return lines;
		}

		/** Free labels (a municipality, a service): most frequent first, then by name. */
		List<Map.Entry<String, Row>> free(List<Row> rows, String emptyLabel) {
			return rows.stream()
				.sorted(Comparator.comparingLong((Row r) -> -r.current()).thenComparingLong(r -> -r.previous())
					.thenComparing(Row::code))
				.map(r -> Map.entry(r.code().isBlank() ? emptyLabel : r.code(), r))
				.toList();
		}

		/**
		 * A breakdown: its lines, and a total line when {@code total} is given.
		 *
		 * @param additive the lines add up to the total (complementary suppression applies)
		 */
		Table breakdown(String id, List<Map.Entry<String, Row>> rows, Pair total, boolean additive, boolean chart) {
			int n = rows.size();
			long[][] values = new long[2][n];
			for (int i = 0; i < n; i++) {
				values[0][i] = rows.get(i).getValue().current();
				values[1][i] = rows.get(i).getValue().previous();
			}
			Suppression.Masks[] masks = new Suppression.Masks[2];
			for (int p = 0; p < 2; p++) {
				long sum = total == null ? 0 : p == 0 ? total.current() : total.previous();
				masks[p] = !suppressed ? Suppression.none(n)
						: total == null ? Suppression.of(values[p], Long.MAX_VALUE, false)
								: Suppression.of(values[p], sum, additive);
			}
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				lines.add(new Line(rows.get(i).getKey(), 0, cell(values[0][i], masks[0], i), cell(values[1][i], masks[1], i)));
			}
			Line totalLine = total == null ? null
					: new Line(text("report.total"), 0, masks[0].total() ? small() : shown(total.current()),
							masks[1].total() ? small() : shown(total.previous()));
			String title = text("report.table." + id);
			int footnote = note("report.note." + id);
			String svg = chart ? SvgChart.bars(title, lines, text("report.column.current", periodText(period, locale)),
					text("report.column.previous", periodText(period.yearBefore(), locale))) : null;
			return new Table(id, title, footnote, lines, totalLine, svg);
		}

		Cell cell(long value, Suppression.Masks masks, int i) {
			return masks.small()[i] ? small() : masks.complementary()[i] ? complementary() : shown(value);
		}

		/** Time spent: minutes counted, hours shown (one decimal); hours are not counts of people, never suppressed. */
		Table hours(List<Map.Entry<String, Row>> rows) {
			List<Line> lines = new ArrayList<>();
			long current = 0;
			long previous = 0;
			for (Map.Entry<String, Row> row : rows) {
				lines.add(new Line(row.getKey(), 0, hours(row.getValue().current()), hours(row.getValue().previous())));
				current += row.getValue().current();
				previous += row.getValue().previous();
			}
			String title = text("report.table.hours");
			int footnote = note("report.note.hours");
			String svg = SvgChart.bars(title, lines, text("report.column.current", periodText(period, locale)),
					text("report.column.previous", periodText(period.yearBefore(), locale)));
			return new Table("hours", title, footnote, lines, new Line(text("report.total"), 0, hours(current),
					hours(previous)), svg);
		}

		Cell hours(long minutes) {
			double hours = Math.round(minutes / 6.0) / 10.0;
			return new Cell(hours, decimal.format(hours), false);
		}
	}

}
