package be.femmesetsante.sesu.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Region;

/**
 * The activity report of a funder's region over a period, as a page and as CSV, XLSX and PDF.
 * {@code /reports?region=BRUSSELS&year=2026}, {@code &quarter=2}, or {@code &from=…&to=…} (ISO dates).
 * Staff and partners only (SecurityConfiguration); a partner asking for Wallonia gets a 404.
 */
@Controller
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Reports reports;

	private final ReportExports exports;

	private final Clock clock;

	ReportController(Reports reports, ReportExports exports, Clock clock) {
		this.reports = reports;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String page(@AuthenticationPrincipal PortalUser me, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		Actor actor = Actor.of(me);
		Region chosen = region(actor, region);
		ReportPeriod period = period(year, quarter, from, to);
		ActivityReport report = reports.report(actor, chosen, period, locale, "page");
		model.addAttribute("report", report);
		model.addAttribute("regions", Reports.regionsOf(actor));
		model.addAttribute("query", query(chosen, period));
		model.addAttribute("chosenYear", period.year());
		model.addAttribute("chosenQuarter", period.quarterNumber());
		model.addAttribute("chosenFrom", period.kind() == ReportPeriod.Kind.RANGE ? period.from() : null);
		model.addAttribute("chosenTo", period.kind() == ReportPeriod.Kind.RANGE ? period.to() : null);
		return "report/report";
	}

	@GetMapping("/reports/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser me, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		ActivityReport report = report(me, region, year, quarter, from, to, locale, "csv");
		return file(exports.csv(report, locale), CSV, report.fileName("csv"));
	}

	@GetMapping("/reports/xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PortalUser me, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		ActivityReport report = report(me, region, year, quarter, from, to, locale, "xlsx");
		return file(exports.xlsx(report, locale), XLSX, report.fileName("xlsx"));
	}

	@GetMapping("/reports/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalUser me, @RequestParam(required = false) Region region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		ActivityReport report = report(me, region, year, quarter, from, to, locale, "pdf");
		return file(exports.pdf(report, locale), MediaType.APPLICATION_PDF, report.fileName("pdf"));
	}

	private ActivityReport report(PortalUser me, Region region, Integer year, Integer quarter, LocalDate from,
			LocalDate to, Locale locale, String format) {
		Actor actor = Actor.of(me);
		return reports.report(actor, region(actor, region), period(year, quarter, from, to), locale, format);
	}

	/** The region asked for, else the first this person may read. */
	private static Region region(Actor actor, Region region) {
		if (region != null) {
			return region;
		}
		return Reports.regionsOf(actor).stream().findFirst().orElseThrow(NotFoundException::new);
	}

	/** A date range when both ends are given, else a quarter of a year, else a year (this one by default). */
	private ReportPeriod period(Integer year, Integer quarter, LocalDate from, LocalDate to) {
		if (from != null && to != null && !to.isBefore(from) && !to.isAfter(from.plusYears(5))) {
			return ReportPeriod.range(from, to);
		}
		int y = year != null && year >= 2000 && year <= 2100 ? year : Brussels.today(clock).getYear();
		return quarter != null && quarter >= 1 && quarter <= 4 ? ReportPeriod.quarter(y, quarter) : ReportPeriod.year(y);
	}

	/** The query string that asks for this report again (the export links). */
	private static String query(Region region, ReportPeriod period) {
		String base = "region=" + region.name();
		return switch (period.kind()) {
			case YEAR -> base + "&year=" + period.year();
			case QUARTER -> base + "&year=" + period.year() + "&quarter=" + period.quarterNumber();
			case RANGE -> base + "&from=" + period.from() + "&to=" + period.to();
		};
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
