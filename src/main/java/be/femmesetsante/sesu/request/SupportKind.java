package be.femmesetsante.sesu.request;

/** The kinds of support a professional may ask for; a request asks for one or more. */
public enum SupportKind {
	PROJECT_SUPPORT,
	TOOL_REVIEW,
	TEAM_TRAINING,
	EVALUATION,
	DOCUMENTATION,
	OTHER;

	public String messageKey() {
		return "request.kind." + name();
	}
}
