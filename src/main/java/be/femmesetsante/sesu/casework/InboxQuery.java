package be.femmesetsante.sesu.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.web.util.UriComponentsBuilder;

import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportKind;

/**
 * The inbox's filters as they sit in the address (so a view can be bookmarked). Read leniently:
 * an unknown value in a hand-edited address is ignored rather than refused.
 */
record InboxQuery(String region, String status, String lead, String kind, String sector, String from, String to,
		String q, String decide, String overdue, String open, String sort, String page) {

	InboxFilter toFilter() {
		return new InboxFilter(parse(Region.class, region), parse(RequestStatus.class, status),
				parse(InboxFilter.Lead.class, lead), code(kind, SupportKind::valueOf), code(sector, Sector::valueOf),
				date(from), date(to), text(q), toDecide(), "true".equals(overdue),
				"true".equals(open), InboxSort.parse(sort));
	}

	/** Words searched: at most {@link #SEARCH_MAX} characters (a longer text costs the database, finds nothing more). */
	static final int SEARCH_MAX = 200;

	private static String text(String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String words = q.strip();
		return words.length() > SEARCH_MAX ? words.substring(0, SEARCH_MAX) : words;
	}

	boolean toDecide() {
		return "true".equals(decide);
	}

	int pageNumber() {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** This view's address on another page (1-based, as people count). */
	public String pageUrl(int oneBased) {
		return builder(status, decide).replaceQueryParam("page", oneBased).build().encode().toUriString();
	}

	/** This view's filters with another status tab (null: all), from the first page. */
	public String statusUrl(RequestStatus other) {
		return builder(other == null ? null : other.name(), null).build().encode().toUriString();
	}

	/** This view's filters narrowed to the German-speaking requests to decide. */
	public String toDecideUrl() {
		return builder(null, "true").build().encode().toUriString();
	}

	/** The order chosen, for the sort menu. */
	public InboxSort sortOrder() {
		return InboxSort.parse(sort);
	}

	/** Every order the inbox offers, for the sort menu. */
	public InboxSort[] sortOrders() {
		return InboxSort.values();
	}

	private UriComponentsBuilder builder(String withStatus, String withDecide) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/casework/inbox");
		param(b, "q", q);
		param(b, "overdue", overdue);
		param(b, "open", "true".equals(open) ? open : null);
		InboxSort order = InboxSort.parse(sort);
		param(b, "sort", order == InboxSort.RECEIVED ? null : order.param());
		param(b, "region", region);
		param(b, "status", withStatus);
		param(b, "lead", lead);
		param(b, "kind", kind);
		param(b, "sector", sector);
		param(b, "from", from);
		param(b, "to", to);
		param(b, "decide", withDecide);
		return b;
	}

	private static void param(UriComponentsBuilder b, String name, String value) {
		if (value != null && !value.isBlank()) {
			b.queryParam(name, value.strip());
		}
	}

	/** A reference code from the address; null when absent or not a code. */
	private static <T> T code(String value, java.util.function.Function<String, T> of) {
		return value == null || !be.femmesetsante.sesu.shared.ReferenceCode.isWellFormed(value.strip()) ? null
				: of.apply(value.strip());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
			.orElse(null);
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			// A day the database can hold, with a day after it: a year such as +999999999 is ignored too.
			return date.getYear() < 1 || date.getYear() > 9999 ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
