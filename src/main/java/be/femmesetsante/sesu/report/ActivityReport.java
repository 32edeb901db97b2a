package be.femmesetsante.sesu.report;

import java.time.ZonedDateTime;
import java.util.List;

import be.femmesetsante.sesu.shared.Region;

/**
 * A report as one person may read it: every label resolved in their language, every figure
 * formatted, small counts already suppressed for partners. The page, the PDF, the CSV and the XLSX
 * are all written from this one object, so they cannot disagree.
 *
 * @param suppressed small counts are hidden (a partner's report)
 * @param comments the requesters' free comments (staff only; empty for partners)
 */
public record ActivityReport(Region region, String funder, String service, ReportPeriod period,
		ReportPeriod previousPeriod, String periodText, String previousPeriodText, ZonedDateTime producedAt,
		boolean suppressed, List<Table> tables, List<String> footnotes, List<String> comments) {

	/** A figure: its number (null when hidden or not measurable) and how it reads. */
	public record Cell(Double number, String text, boolean hidden) {
	}

	/** One line of a table: what it counts, the footnote that defines it (0: the table's), both periods. */
	public record Line(String label, int footnote, Cell current, Cell previous) {
	}

	/**
	 * A table of the report (the key figures, or one breakdown) with its definition's footnote and,
	 * for the main series, its chart.
	 *
	 * @param id a stable name: anchors, XLSX sheet and CSV section
	 * @param chart the chart's SVG markup, or null
	 */
	public record Table(String id, String title, int footnote, List<Line> lines, Line total, String chart) {
	}

	/** The export's file name: {@code rapport-COCOF-2026.xlsx}. */
	public String fileName(String extension) {
		return "rapport-" + funder + "-" + period.label() + "." + extension;
	}
}
