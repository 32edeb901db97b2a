package be.femmesetsante.sesu.casework.followup;

/** What time spent on a request went to; activity reports add minutes per activity. */
public enum Activity {
	PREPARATION, SESSION, TRAVEL, ADMIN, OTHER;

	public String messageKey() {
		return "casework.time.activity." + name();
	}
}
