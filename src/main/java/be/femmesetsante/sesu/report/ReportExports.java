package be.femmesetsante.sesu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.femmesetsante.sesu.report.ActivityReport.Line;
import be.femmesetsante.sesu.report.ActivityReport.Table;

/**
 * The report's three files, written from the same {@link ActivityReport} as the page: CSV for
 * Belgian Excel (UTF-8 with BOM, ";", no live formula), XLSX (one sheet per table, numbers as
 * numbers), PDF (A4, from the page's own template fragment, charts included).
 */
@Component
class ReportExports {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ReportExports(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	// ---- CSV ----------------------------------------------------------------------------------

	byte[] csv(ActivityReport report, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		row(csv, report.service());
		row(csv, text("report.funder", locale), report.funder() + " – " + text(report.region().messageKey(), locale));
		row(csv, text("report.period", locale), report.periodText());
		row(csv, text("report.producedAt", locale), produced(report, locale));
		for (Table table : report.tables()) {
			csv.append("\r\n");
			row(csv, table.title());
			row(csv, "", text("report.column.current", locale, report.periodText()),
					text("report.column.previous", locale, report.previousPeriodText()));
			for (Line line : lines(table)) {
				row(csv, line.label(), csvValue(line.current(), locale), csvValue(line.previous(), locale));
			}
		}
		if (!report.comments().isEmpty()) {
			csv.append("\r\n");
			row(csv, text("report.comments", locale));
			report.comments().forEach(comment -> row(csv, comment));
		}
		csv.append("\r\n");
		row(csv, text("report.notes", locale));
		for (int i = 0; i < report.footnotes().size(); i++) {
			row(csv, String.valueOf(i + 1), report.footnotes().get(i));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A number as Belgian Excel reads it (decimal comma in French), a hidden one as its text. */
	private static String csvValue(ActivityReport.Cell cell, Locale locale) {
		if (cell.number() == null) {
			return cell.text();
		}
		double n = cell.number();
		String plain = n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
		return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(csvCell(cells[i]));
		}
		csv.append("\r\n");
	}

	/**
	 * One CSV cell: a text a spreadsheet would take for a formula (=, +, -, @, tab, carriage return
	 * first) gets a leading apostrophe; quotes, separators and line breaks are quoted.
	 */
	static String csvCell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	// ---- XLSX ---------------------------------------------------------------------------------

	byte[] xlsx(ActivityReport report, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle decimal = book.createCellStyle();
			decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
			Set<String> names = new HashSet<>();
			for (Table table : report.tables()) {
				Sheet sheet = book.createSheet(sheetName(table.title(), names));
				int r = 0;
				Row title = sheet.createRow(r++);
				title.createCell(0).setCellValue(table.title());
				title.getCell(0).setCellStyle(bold);
				sheet.createRow(r++).createCell(0).setCellValue(report.service() + " – " + report.funder() + " – "
						+ report.periodText() + " – " + text("report.producedAt", locale) + " " + produced(report, locale));
				Row head = sheet.createRow(r++);
				head.createCell(0).setCellValue(text("report.column.label", locale));
				head.createCell(1).setCellValue(text("report.column.current", locale, report.periodText()));
				head.createCell(2).setCellValue(text("report.column.previous", locale, report.previousPeriodText()));
				for (int c = 0; c < 3; c++) {
					head.getCell(c).setCellStyle(bold);
				}
				for (Line line : lines(table)) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(line.label());
					put(row.createCell(1), line.current(), decimal);
					put(row.createCell(2), line.previous(), decimal);
				}
				r++;
				if (table.footnote() > 0) {
					sheet.createRow(r++).createCell(0).setCellValue(report.footnotes().get(table.footnote() - 1));
				}
				for (Line line : table.lines()) {
					if (line.footnote() > 0) {
						sheet.createRow(r++).createCell(0)
							.setCellValue(line.label() + " : " + report.footnotes().get(line.footnote() - 1));
					}
				}
				sheet.setColumnWidth(0, 60 * 256);
				sheet.setColumnWidth(1, 22 * 256);
				sheet.setColumnWidth(2, 22 * 256);
			}
			if (!report.comments().isEmpty()) {
				Sheet sheet = book.createSheet(sheetName(text("report.comments", locale), names));
				int r = 0;
				for (String comment : report.comments()) {
					sheet.createRow(r++).createCell(0).setCellValue(comment);
				}
				sheet.setColumnWidth(0, 100 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void put(Cell cell, ActivityReport.Cell value, CellStyle decimal) {
		if (value.number() == null) {
			cell.setCellValue(value.text());
			return;
		}
		cell.setCellValue(value.number());
		if (value.number() != Math.rint(value.number())) {
			cell.setCellStyle(decimal);
		}
	}

	private static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title.length() > 28 ? title.substring(0, 28) : title);
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase()); i++) {
			name = base + " " + i;
		}
		return name;
	}

	// ---- PDF ----------------------------------------------------------------------------------

	byte[] pdf(ActivityReport report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		String html = templates.process("report/pdf", context)
			// The PDF's built-in fonts have no narrow no-break space (French thousands): a plain no-break one.
			.replace('\u202F', '\u00A0');
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// -------------------------------------------------------------------------------------------

	private static List<Line> lines(Table table) {
		return table.total() == null ? table.lines()
				: java.util.stream.Stream.concat(table.lines().stream(), java.util.stream.Stream.of(table.total())).toList();
	}

	private String produced(ActivityReport report, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
			.format(report.producedAt());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
