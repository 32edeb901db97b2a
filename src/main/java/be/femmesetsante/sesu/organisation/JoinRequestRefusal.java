package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Refusal;

/** A join request decided already, or a merge the rules refuse; nothing was changed. */
public class JoinRequestRefusal extends Refusal {

	JoinRequestRefusal(String messageKey) {
		super(messageKey, null);
	}

	JoinRequestRefusal(String messageKey, String field) {
		super(messageKey, field);
	}

}
