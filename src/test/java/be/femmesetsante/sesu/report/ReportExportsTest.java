package be.femmesetsante.sesu.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page and its three files say the same figures: the page's tables (read from its HTML) are the
 * hand-computed ones, the CSV parsed, the XLSX opened and the PDF's text extracted each give them
 * back, for staff and for a partner (suppressed), with the funder and period in the file name.
 */
@IntegrationTest
class ReportExportsTest {

	static final String QUERY = "?region=BRUSSELS&year=2012";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	ReportFixture.World world;

	@BeforeEach
	void world() {
		world = ReportFixture.world(accounts, organisations, requests, jdbc);
	}

	MockHttpServletResponse fetch(PortalUser user, String path) throws Exception {
		return mvc.perform(get(path).with(signedIn(user)).locale(Locale.forLanguageTag("fr-BE"))).andReturn()
			.getResponse();
	}

	/** The page's tables, each line "label | current | previous", in page order; footnote marks left out. */
	List<List<String>> pageTables(PortalUser user) throws Exception {
		MockHttpServletResponse response = fetch(user, "/reports" + QUERY);
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		List<List<String>> tables = new ArrayList<>();
		for (Element table : page.select("section.report-table table")) {
			List<String> lines = new ArrayList<>();
			for (Element row : table.select("tbody tr, tfoot tr")) {
				Element head = row.selectFirst("th");
				String label = head.selectFirst("span") != null ? head.selectFirst("span").text() : head.text();
				lines.add(label + " | " + normal(row.select("td").get(0).text()) + " | "
						+ normal(row.select("td").get(1).text()));
			}
			tables.add(lines);
		}
		return tables;
	}

	/** A figure as text: "3,0" and "3" are the same number; spaces (narrow, no-break) ignored. */
	static String normal(String text) {
		String t = text.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
		String number = t.replace(" ", "").replace(',', '.');
		if (number.matches("-?\\d+(\\.\\d+)?")) {
			double d = Double.parseDouble(number);
			return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
		}
		return t;
	}

	@Test
	void thePageShowsTheHandComputedFiguresWithTheirDefinitionsAndCharts() throws Exception {
		MockHttpServletResponse response = fetch(world.staff(), "/reports" + QUERY);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		List<List<String>> tables = pageTables(world.staff());
		assertThat(tables.get(0)).startsWith("Demandes reçues | 7 | 2", "Demandes de la Communauté germanophone | 0 | 0",
				"Organisations touchées | 3 | 2");
		assertThat(tables.get(1)).contains("janvier 2012 | 1 | 0", "décembre 2012 | 1 | 1", "Total | 7 | 2");
		// Every figure and table points to its definition, and each definition is on the page.
		for (Element mark : page.select("sup a")) {
			assertThat(page.getElementById(mark.attr("href").substring(1))).as(mark.attr("href")).isNotNull();
		}
		assertThat(page.select(".report-notes li")).hasSizeGreaterThan(20);
		// The charts: SVG with a title, no script anywhere.
		assertThat(page.select("svg.chart")).hasSize(4);
		assertThat(page.select("svg.chart title")).hasSize(4);
		// The one script of every page is the layout's idle-timeout warning (a static file, no inline code).
		assertThat(page.select("script").stream().map(e -> e.attr("src")).toList())
			.allMatch(src -> src.matches("/js/session(-[0-9a-f]+)?\\.js"));
		assertThat(page.text()).contains(world.comment());
		// The export links keep the report asked for.
		assertThat(page.select(".report-exports a").eachAttr("href")).containsExactly("/reports/csv" + QUERY,
				"/reports/xlsx" + QUERY, "/reports/pdf" + QUERY);
	}

	@Test
	void aPartnersPageHidesSmallCountsAndEveryComment() throws Exception {
		List<List<String>> tables = pageTables(world.partner());
		assertThat(tables.get(0)).startsWith("Demandes reçues | 7 | < 5");
		MockHttpServletResponse response = fetch(world.partner(), "/reports" + QUERY);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(world.comment())
			.doesNotContain("WALLONIA\"");
	}

	@Test
	void theCsvParsedGivesThePagesFigures() throws Exception {
		for (PortalUser user : List.of(world.staff(), world.partner())) {
			MockHttpServletResponse response = fetch(user, "/reports/csv" + QUERY);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Content-Disposition")).contains("rapport-COCOF-2012.csv");
			byte[] body = response.getContentAsByteArray();
			assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
			List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
			List<String> lines = rows.stream().filter(r -> r.size() == 3)
				.map(r -> r.get(0) + " | " + normal(r.get(1)) + " | " + normal(r.get(2))).toList();
			List<String> expected = pageTables(user).stream().flatMap(List::stream).toList();
			assertThat(lines).containsSubsequence(expected);
		}
	}

	@Test
	void theXlsxOpenedHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
		MockHttpServletResponse response = fetch(world.staff(), "/reports/xlsx" + QUERY);
		assertThat(response.getHeader("Content-Disposition")).contains("rapport-COCOF-2012.xlsx");
		List<List<String>> page = pageTables(world.staff());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			// One sheet per table, and the staff's comments.
			assertThat(book.getNumberOfSheets()).isEqualTo(page.size() + 1);
			for (int s = 0; s < page.size(); s++) {
				Sheet sheet = book.getSheetAt(s);
				List<String> lines = new ArrayList<>();
				for (int r = 3; r < 3 + page.get(s).size(); r++) {
					Row row = sheet.getRow(r);
					lines.add(row.getCell(0).getStringCellValue() + " | " + xlsx(row.getCell(1)) + " | "
							+ xlsx(row.getCell(2)));
				}
				assertThat(lines).as(sheet.getSheetName()).isEqualTo(page.get(s));
			}
			Cell received = book.getSheetAt(0).getRow(3).getCell(1);
			assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(received.getNumericCellValue()).isEqualTo(7.0);
		}
	}

	@Test
	void thePartnersXlsxWritesHiddenCountsAsTextAndHasNoComments() throws Exception {
		MockHttpServletResponse response = fetch(world.partner(), "/reports/xlsx" + QUERY);
		List<List<String>> page = pageTables(world.partner());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(page.size());
			Cell previous = book.getSheetAt(0).getRow(3).getCell(2);
			assertThat(previous.getCellType()).isEqualTo(CellType.STRING);
			assertThat(previous.getStringCellValue()).isEqualTo("< 5");
		}
	}

	@Test
	void thePdfsTextHoldsThePagesFiguresInOrderWithFunderPeriodAndDate() throws Exception {
		MockHttpServletResponse response = fetch(world.staff(), "/reports/pdf" + QUERY);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("rapport-COCOF-2012.pdf");
		// Kept to be looked at (pdftoppm target/report-exports/rapport-COCOF-2012.pdf).
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/report-exports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/report-exports/rapport-COCOF-2012.pdf"),
				response.getContentAsByteArray());
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
			text = new PDFTextStripper().getText(pdf);
		}
		String flat = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
		assertThat(flat).contains("Service support genre – Femmes et Santé", "COCOF – Bruxelles-Capitale",
				"2012, comparée à 2011", "Produit le", "Définitions");
		// Every figure of the page, in the page's order.
		List<String> tokens = List.of(flat.split(" "));
		List<String> expected = new ArrayList<>();
		for (List<String> table : pageTables(world.staff())) {
			for (String line : table) {
				String[] parts = line.split(" \\| ");
				for (String value : List.of(parts[1], parts[2])) {
					expected.addAll(List.of(value.split(" ")));
				}
			}
		}
		List<String> numbers = tokens.stream().map(ReportExportsTest::normal).toList();
		assertThat(numbers).containsSubsequence(expected);
	}

	@Test
	void aCellThatASpreadsheetWouldTakeForAFormulaIsNeutralised() {
		assertThat(ReportExports.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(ReportExports.csvCell("+32 2 000")).isEqualTo("'+32 2 000");
		assertThat(ReportExports.csvCell("-1")).isEqualTo("'-1");
		assertThat(ReportExports.csvCell("@SUM")).isEqualTo("'@SUM");
		assertThat(ReportExports.csvCell("a;b")).isEqualTo("\"a;b\"");
		assertThat(ReportExports.csvCell("Ixelles")).isEqualTo("Ixelles");
	}

	private static String xlsx(Cell cell) {
		return cell.getCellType() == CellType.NUMERIC ? normal(String.valueOf(cell.getNumericCellValue()))
				: cell.getStringCellValue();
	}

	/** A small RFC 4180 reader with ";" as separator. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}
}
