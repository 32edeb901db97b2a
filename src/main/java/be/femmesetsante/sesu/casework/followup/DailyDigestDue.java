package be.femmesetsante.sesu.casework.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A staff member has next actions overdue or due today: the notification module mails them a
 * digest. Counts and references only, never what the actions say.
 */
public record DailyDigestDue(long accountId, LocalDate day, int overdue, int dueToday, List<String> references) {
}
