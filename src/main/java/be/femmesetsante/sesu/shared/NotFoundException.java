package be.femmesetsante.sesu.shared;

/**
 * Nothing here for this person: it does not exist, or it is outside their scope. Both read the
 * same (the 404 page, from one controller advice), so nobody learns that another organisation's
 * request, message, document, workshop or session exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found in the actor's scope");
	}
}
