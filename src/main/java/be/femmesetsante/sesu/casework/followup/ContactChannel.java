package be.femmesetsante.sesu.casework.followup;

/** How a contact with the organisation took place. */
public enum ContactChannel {
	EMAIL, PHONE, MEETING, OTHER;

	public String messageKey() {
		return "casework.contact.channel." + name();
	}
}
