package be.femmesetsante.sesu.casework;

import java.time.LocalDate;

import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.shared.Region;

/**
 * What the staff inbox is narrowed to; every field is optional (null: no filter).
 *
 * @param lead whose requests: anyone's (null), mine, or nobody's yet
 * @param receivedFrom first day received, in Brussels time, inclusive
 * @param receivedTo last day received, in Brussels time, inclusive
 * @param text words searched in the reference, title, description and organisation name, accents
 *        and French word endings ignored ("evaluation" finds "évaluations")
 * @param toDecide only the German-speaking requests nobody has kept or redirected yet
 * @param overdueOnly only the requests with a next action past its due date and not done
 * @param openOnly only the requests that have not ended (the dashboard's "see all" links)
 * @param sort the order of the rows; never null
 */
record InboxFilter(Region region, RequestStatus status, Lead lead, SupportKind kind, Sector sector,
		LocalDate receivedFrom, LocalDate receivedTo, String text, boolean toDecide, boolean overdueOnly,
		boolean openOnly, InboxSort sort) {

	InboxFilter {
		sort = sort == null ? InboxSort.RECEIVED : sort;
	}

	/** Every filter but the open-only one, newest first. */
	InboxFilter(Region region, RequestStatus status, Lead lead, SupportKind kind, Sector sector,
			LocalDate receivedFrom, LocalDate receivedTo, String text, boolean toDecide, boolean overdueOnly) {
		this(region, status, lead, kind, sector, receivedFrom, receivedTo, text, toDecide, overdueOnly, false,
				InboxSort.RECEIVED);
	}

	/** Every filter but the overdue one. */
	InboxFilter(Region region, RequestStatus status, Lead lead, SupportKind kind, Sector sector,
			LocalDate receivedFrom, LocalDate receivedTo, String text, boolean toDecide) {
		this(region, status, lead, kind, sector, receivedFrom, receivedTo, text, toDecide, false);
	}

	/** Whose requests the inbox shows. */
	enum Lead {
		ME, UNASSIGNED
	}

	static InboxFilter none() {
		return new InboxFilter(null, null, null, null, null, null, null, null, false);
	}

	boolean hasText() {
		return text != null && !text.isBlank();
	}

	/** The same filters in another order. */
	InboxFilter sortedBy(InboxSort other) {
		return new InboxFilter(region, status, lead, kind, sector, receivedFrom, receivedTo, text, toDecide, overdueOnly,
				openOnly, other);
	}
}
