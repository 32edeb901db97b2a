package be.femmesetsante.sesu.request;

/** What an accepted request turns into. */
public enum WorkKind {
	/** Individual or team support over one or more sessions. */
	CONSULTATION,
	/** A group session that may gather several organisations. */
	WORKSHOP;

	public String messageKey() {
		return "request.workKind." + name();
	}
}
