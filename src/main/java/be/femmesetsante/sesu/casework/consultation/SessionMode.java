package be.femmesetsante.sesu.casework.consultation;

/** How a consultation session took place. */
public enum SessionMode {
	ON_SITE, REMOTE, PHONE;

	public String messageKey() {
		return "casework.session.mode." + name();
	}
}
