package be.femmesetsante.sesu.casework;

import java.time.Instant;
import java.util.Set;

import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Region;

/**
 * A line of the staff inbox, read in the same SQL statement as the page (no lazy loading).
 *
 * @param leadName the lead's display name; null while nobody has taken the lead
 * @param daysWaiting whole days since it was received, while it is open; null once ended
 * @param toDecide German-speaking and still new: staff decide to keep (take the lead) or redirect
 * @param overdueAction a next action past its due date and not done (see {@link RequestInbox#OVERDUE_ACTION_SQL})
 */
record InboxRow(String reference, String title, String organisationName, Region region, Set<SupportKind> kinds,
		RequestStatus status, WorkKind workKind, String leadName, Instant receivedAt, Long daysWaiting,
		boolean toDecide, boolean overdueAction) {
}
