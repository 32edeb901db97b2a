package be.femmesetsante.sesu.casework;

import java.util.Arrays;

import be.femmesetsante.sesu.request.RequestStatus;

/**
 * How the inbox is ordered, kept in the address with the filters ({@code sort=}); newest first
 * unless asked otherwise. Each order ends on the request's id, so a page never repeats or skips a
 * row between two views.
 */
enum InboxSort {

	/** Date received, newest first (the default). */
	RECEIVED("r.submitted_at desc, r.id desc"),

	/** Status in the lifecycle's order (new first), then newest first. */
	STATUS("array_position(array[" + Arrays.stream(RequestStatus.values())
		.map(s -> "'" + s.name() + "'")
		.reduce((a, b) -> a + "," + b)
		.orElseThrow() + "]::text[], cast(r.status as text)), r.submitted_at desc, r.id desc"),

	/** The next action that is due first (not done), requests without one last, then newest first. */
	DUE("next_due.due_date asc nulls last, r.submitted_at desc, r.id desc");

	private final String orderBy;

	InboxSort(String orderBy) {
		this.orderBy = orderBy;
	}

	String orderBy() {
		return orderBy;
	}

	/** The name as it sits in the address ({@code received}, {@code status}, {@code due}). */
	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Message key of the order's label. */
	public String messageKey() {
		return "casework.inbox.sort." + param();
	}

	static InboxSort parse(String value) {
		if (value == null || value.isBlank()) {
			return RECEIVED;
		}
		return Arrays.stream(values()).filter(s -> s.param().equals(value.strip())).findFirst().orElse(RECEIVED);
	}
}
