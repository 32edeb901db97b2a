package be.femmesetsante.sesu.shared;

import be.femmesetsante.sesu.account.Role;

/**
 * The access policy, in one place: who sees which part of a case, and who acts on it. Derived once
 * from the signed-in person ({@link Actor#audience()}); pages, sections and services ask it, and no
 * other code compares roles to decide what someone sees. Which cases a person reaches (their
 * organisation's, Brussels ones, all) is its companion, {@link Scope}.
 * <p>
 * Written down for people in README.md ("Who sees what") and in the privacy notice.
 */
public enum Audience {

	/**
	 * Femmes et Santé staff: every case of both regions, all of it (internal notes, time, next
	 * actions), and they act on it.
	 */
	TEAM,

	/**
	 * OSS-ULB partner staff: Brussels cases and what was done on them (statuses, history, dates,
	 * durations, modes, counts, time), read-only. Never the message thread or its documents: they
	 * are the requester's exchange with Femmes et Santé. Never internal notes or what an action says.
	 */
	PARTNER,

	/**
	 * A professional: their organisation's requests, from the requester's side: what they sent, the
	 * thread and documents, the lead's name, the kind of support accepted, their sessions' dates,
	 * mode and place, the workshop they take part in (theme, dates, place, who facilitates it, their
	 * own participants) — never the team's
	 * internal casework (notes, contacts, time, next actions) nor the other organisations of a workshop.
	 */
	REQUESTER,

	/** An admin: accounts and reference data, no case data at all. */
	NONE;

	public static Audience of(Role role) {
		return switch (role) {
			case STAFF -> TEAM;
			case PARTNER -> PARTNER;
			case PROFESSIONAL -> REQUESTER;
			case ADMIN -> NONE;
		};
	}

	/** The team's pages over cases: the inbox, the casework page of a request, workshops. */
	public boolean seesCasework() {
		return this == TEAM || this == PARTNER;
	}

	/** Moves a case through its life and logs casework (sessions, workshops, follow-ups). */
	public boolean actsOnCases() {
		return this == TEAM;
	}

	/** Files, follows and withdraws their organisation's requests. */
	public boolean isRequester() {
		return this == REQUESTER;
	}

	/** Reads and writes the message thread and its documents. */
	public boolean usesThread() {
		return this == TEAM || this == REQUESTER;
	}

	/**
	 * The team's own record of the work: contacts, time spent, next actions (their dates and kinds
	 * for partners, see {@link #readsInternalText()}).
	 */
	public boolean seesFollowUps() {
		return this == TEAM || this == PARTNER;
	}

	/** Free text the team writes for itself: session notes, contact summaries, what an action says. */
	public boolean readsInternalText() {
		return this == TEAM;
	}

	/** Durations, participant counts and time spent: the figures of the work (not for the requester). */
	public boolean seesWorkFigures() {
		return this == TEAM || this == PARTNER;
	}

	/** Every organisation gathered in a workshop (a requester sees only their own participation). */
	public boolean seesOtherOrganisations() {
		return this == TEAM || this == PARTNER;
	}

	/** Reads the activity reports of the regions in their {@link Scope} (the team both, partners Brussels). */
	public boolean readsReports() {
		return this == TEAM || this == PARTNER;
	}

	/**
	 * Reads report counts from 1 to 4 as they are; anyone else reads "&lt; 5" (small-count suppression),
	 * so that no organisation can be recognised in a report.
	 */
	public boolean readsSmallCounts() {
		return this == TEAM;
	}
}
