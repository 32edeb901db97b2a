package be.femmesetsante.sesu.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin's search through the whole audit trail, and its CSV export. ADMIN only (SecurityConfiguration). */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditTrail trail;
	private final MessageSource messages;

	AuditController(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping
	String search(@RequestParam(required = false) String person, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		AuditTrail.Filter filter = AuditTrail.Filter.of(person, reference, action, from, to);
		Page<AuditTrail.Entry> rows = trail.search(filter, PageRequest.of(Math.max(page, 1) - 1, AuditTrail.PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("query", query(filter));
		return "audit/search";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String person, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response, Locale locale) throws IOException {
		AuditTrail.Filter filter = AuditTrail.Filter.of(person, reference, action, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now() + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// A byte-order mark so that spreadsheet software reads UTF-8; ';' as Belgian spreadsheets expect.
		out.write('\uFEFF');
		line(out, List.of(label("audit.column.at", locale), label("audit.column.personId", locale),
				label("audit.column.person", locale), label("audit.column.action", locale),
				label("audit.column.reference", locale), label("audit.column.fields", locale),
				label("audit.column.detail", locale), label("audit.column.address", locale)));
		trail.export(filter, e -> line(out, List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.local()),
				e.actorAccountId() == null ? "" : e.actorAccountId().toString(), nullToEmpty(e.actorName()),
				e.action().name(), nullToEmpty(e.reference()), e.fieldList(), nullToEmpty(e.detail()),
				nullToEmpty(e.clientAddress()))));
		out.flush();
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void line(Writer out, List<String> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(';');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One CSV cell: quoted when needed; a cell starting with {@code = + - @} (or tab / carriage
	 * return) gets a leading apostrophe so no spreadsheet runs it as a formula.
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** The search's query string, for the pager and the export link. */
	static String query(AuditTrail.Filter filter) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (filter.person() != null) {
			b.queryParam("person", filter.person());
		}
		if (filter.reference() != null) {
			b.queryParam("reference", filter.reference());
		}
		if (filter.action() != null) {
			b.queryParam("action", filter.action().name());
		}
		if (filter.from() != null) {
			b.queryParam("from", filter.from());
		}
		if (filter.to() != null) {
			b.queryParam("to", filter.to());
		}
		String query = b.encode().build().getQuery();
		return query == null ? "" : query;
	}
}
