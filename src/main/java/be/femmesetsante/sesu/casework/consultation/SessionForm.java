package be.femmesetsante.sesu.casework.consultation;

/** A session as typed, kept as text so a refused form comes back as it was. */
record SessionForm(String date, String duration, String mode, String participants, String place, String notes)
		implements java.io.Serializable {

	static SessionForm empty() {
		return new SessionForm("", "", "", "1", "", "");
	}
}
