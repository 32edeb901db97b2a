package be.femmesetsante.sesu.report;

import java.util.List;
import java.util.Locale;

import be.femmesetsante.sesu.report.ActivityReport.Line;

/**
 * A horizontal bar chart as SVG markup, written on the server: no script, so the strict CSP holds,
 * and it prints and goes into the PDF as it is. Each category has two bars, this period (solid) and
 * the year before (light, outlined), and every bar is labelled with its value in text, so neither
 * colour nor shape alone carries the meaning. The chart is an image with a title for screen
 * readers, who read the figures in the data table beside it.
 */
final class SvgChart {

	static final int WIDTH = 640;

	static final int LABEL = 220;

	static final int BAR = 12;

	private SvgChart() {
	}

	static String bars(String title, List<Line> lines, String currentLegend, String previousLegend) {
		double max = 1;
		for (Line line : lines) {
			max = Math.max(max, value(line.current()));
			max = Math.max(max, value(line.previous()));
		}
		int rowHeight = 2 * BAR + 12;
		int top = 30;
		int height = top + lines.size() * rowHeight + 8;
		double room = WIDTH - LABEL - 70;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
			.append(height).append("\"><title>").append(escape(title)).append("</title>");
		// Legend: the shapes themselves, named in text.
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"6\" width=\"14\" height=\"").append(BAR)
			.append("\" fill=\"#1f4e79\"/>");
		svg.append("<text x=\"").append(LABEL + 20).append("\" y=\"16\" font-size=\"12\" fill=\"#1a1a1a\">")
			.append(escape(currentLegend)).append("</text>");
		svg.append("<rect x=\"").append(LABEL + 210).append("\" y=\"6\" width=\"14\" height=\"").append(BAR)
			.append("\" fill=\"#dce6f0\" stroke=\"#1f4e79\"/>");
		svg.append("<text x=\"").append(LABEL + 230).append("\" y=\"16\" font-size=\"12\" fill=\"#1a1a1a\">")
			.append(escape(previousLegend)).append("</text>");
		int y = top;
		for (Line line : lines) {
			svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR + 4)
				.append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">").append(escape(shorten(line.label())))
				.append("</text>");
			bar(svg, y, value(line.current()) / max * room, line.current().text(), "#1f4e79", null);
			bar(svg, y + BAR + 2, value(line.previous()) / max * room, line.previous().text(), "#dce6f0", "#1f4e79");
			y += rowHeight;
		}
		return svg.append("</svg>").toString();
	}

	private static void bar(StringBuilder svg, int y, double width, String text, String fill, String stroke) {
		String w = String.format(Locale.ROOT, "%.1f", Math.max(width, 0));
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
			.append("\" height=\"").append(BAR).append("\" fill=\"").append(fill).append('"');
		if (stroke != null) {
			svg.append(" stroke=\"").append(stroke).append('"');
		}
		svg.append("/><text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + Math.max(width, 0) + 4))
			.append("\" y=\"").append(y + BAR - 2).append("\" font-size=\"11\" fill=\"#1a1a1a\">").append(escape(text))
			.append("</text>");
	}

	private static double value(ActivityReport.Cell cell) {
		return cell.number() == null ? 0 : cell.number();
	}

	private static String shorten(String label) {
		return label.length() <= 34 ? label : label.substring(0, 33) + "…";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
