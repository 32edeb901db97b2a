package be.femmesetsante.sesu.casework;

/**
 * What the forms of a request's page send: the version the page showed, and the data of the move
 * (only the move's own fields are filled). Kept as typed when a move is refused.
 *
 * @param target a redirect target's id, or {@code "other"} with {@code targetOther}
 */
record MoveForm(Long version, Long leadAccountId, String workKind, String reason, String target, String targetOther,
		String summary) {

	static MoveForm empty() {
		return new MoveForm(null, null, null, null, null, null, null);
	}
}
