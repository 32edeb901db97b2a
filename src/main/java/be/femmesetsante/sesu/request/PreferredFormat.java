package be.femmesetsante.sesu.request;

/** How the professional would like to be supported; a wish, the team decides the {@link WorkKind}. */
public enum PreferredFormat {
	INDIVIDUAL,
	TEAM,
	WORKSHOP,
	NO_PREFERENCE;

	public String messageKey() {
		return "request.format." + name();
	}
}
