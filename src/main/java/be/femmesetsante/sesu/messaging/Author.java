package be.femmesetsante.sesu.messaging;

import be.femmesetsante.sesu.shared.Actor;

/** Who writes or uploads, as stored: the name is copied so the thread still reads right later. */
record Author(long accountId, String displayName, boolean fromTeam) {

	/** Only the request's organisation and the team write; partners and admins read or see nothing. */
	static Author of(Actor actor) {
		if (!actor.audience().usesThread()) {
			throw new MessagingException(MessagingException.READ_ONLY);
		}
		String name = actor.displayName().length() > 200 ? actor.displayName().substring(0, 200) : actor.displayName();
		return new Author(actor.accountId(), name, actor.audience().actsOnCases());
	}
}
