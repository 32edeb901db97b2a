package be.femmesetsante.sesu.report;

import java.time.Instant;
import java.time.LocalDate;

import be.femmesetsante.sesu.shared.Region;

/**
 * Someone read an activity report (its page or an export): the audit trail's hook. The report holds
 * counts only, no case, so this names who, which region, which period and in what form.
 *
 * @param format "page", "csv", "xlsx" or "pdf"
 */
public record ReportRead(long accountId, Region region, LocalDate from, LocalDate to, String format, Instant at) {
}
