package be.femmesetsante.sesu.casework;

import java.util.Map;

import org.springframework.data.domain.Page;

import be.femmesetsante.sesu.request.RequestStatus;

/**
 * One page of the inbox with the counts the tabs show: per status and "to decide", under the
 * same filters except the status and "to decide" ones, and in the same scope. {@code capped}: the
 * total of the page's view is past {@link RequestInbox#COUNT_CAP} in one of its statuses, so it is a
 * lower bound ("more than").
 */
record InboxPage(Page<InboxRow> rows, Map<RequestStatus, Long> countsByStatus, long toDecideCount, boolean capped) {

	InboxPage(Page<InboxRow> rows, Map<RequestStatus, Long> countsByStatus, long toDecideCount) {
		this(rows, countsByStatus, toDecideCount, false);
	}

	public long countOf(RequestStatus status) {
		return countsByStatus.getOrDefault(status, 0L);
	}

	public long totalCount() {
		return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	/** A status's count as the tab shows it: "1000+" once past {@link RequestInbox#COUNT_CAP}. */
	public String countLabel(RequestStatus status) {
		return label(countOf(status), countOf(status) > RequestInbox.COUNT_CAP);
	}

	/** The count of every status, "+" when one of them was past the cap. */
	public String totalLabel() {
		boolean more = countsByStatus.values().stream().anyMatch(c -> c > RequestInbox.COUNT_CAP);
		long total = countsByStatus.values().stream().mapToLong(c -> Math.min(c, RequestInbox.COUNT_CAP)).sum();
		return label(total, more);
	}

	public String toDecideLabel() {
		return label(toDecideCount, toDecideCount > RequestInbox.COUNT_CAP);
	}

	private static String label(long count, boolean more) {
		return more ? Math.min(count, RequestInbox.COUNT_CAP) + "+" : Long.toString(count);
	}
}
