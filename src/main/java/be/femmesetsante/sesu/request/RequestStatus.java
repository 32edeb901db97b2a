package be.femmesetsante.sesu.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a support request stands. Pages show {@link #messageKey()}, in plain words. */
public enum RequestStatus {
	/** Sent by the professional, nobody has looked at it yet. */
	NEW,
	/** A lead (référent·e) reads it and decides. */
	IN_REVIEW,
	/** The team will do it, as a consultation or a workshop. */
	ACCEPTED,
	/** Work has started. */
	IN_PROGRESS,
	/** Work done; a closing summary says what was done. */
	CLOSED,
	/** The team cannot take it; the reason is told to the professional. */
	DECLINED,
	/** Better served elsewhere; the service it was sent to is told. */
	REDIRECTED,
	/** The professional's organisation no longer needs it. */
	WITHDRAWN;

	public String messageKey() {
		return "request.status." + name();
	}

	/** No move leaves an ended request, but a closed one may be reopened by the team. */
	public boolean isEnded() {
		return this == CLOSED || this == DECLINED || this == REDIRECTED || this == WITHDRAWN;
	}

	/**
	 * The statuses not ended, as an SQL list ({@code 'NEW', 'IN_REVIEW', …}) for queries on the
	 * {@code status} column: derived from {@link #isEnded()}, so the SQL cannot drift from it.
	 */
	/** The requester may still correct what they sent: the team has not decided nor started. */
	public boolean correctableByRequester() {
		return this == NEW || this == IN_REVIEW;
	}

	public static String notEndedSqlList() {
		return java.util.Arrays.stream(values()).filter(s -> !s.isEnded()).map(s -> "'" + s.name() + "'")
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * The moves staff can make from here, so a page offers only those; the aggregate still checks
	 * every move itself ({@code SupportRequestLifecycleTest} keeps both in step).
	 */
	public Set<RequestAction> teamActions() {
		return switch (this) {
			case NEW -> EnumSet.of(RequestAction.LEAD_ASSIGNED, RequestAction.DECLINED, RequestAction.REDIRECTED);
			case IN_REVIEW -> EnumSet.of(RequestAction.LEAD_ASSIGNED, RequestAction.ACCEPTED, RequestAction.DECLINED,
					RequestAction.REDIRECTED);
			case ACCEPTED -> EnumSet.of(RequestAction.LEAD_ASSIGNED, RequestAction.STARTED);
			case IN_PROGRESS -> EnumSet.of(RequestAction.LEAD_ASSIGNED, RequestAction.CLOSED);
			case CLOSED -> EnumSet.of(RequestAction.REOPENED);
			case DECLINED, REDIRECTED, WITHDRAWN -> EnumSet.noneOf(RequestAction.class);
		};
	}
}
