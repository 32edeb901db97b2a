package be.femmesetsante.sesu.account;

/**
 * No admin yet, outside development: the set-up link goes by mail to the address fixed by
 * {@code SESU_ADMIN_EMAIL} instead of the log.
 */
public record FirstAdminSetupLinkRequested(String email, String link) {

	@Override
	public String toString() {
		return "FirstAdminSetupLinkRequested[]";
	}

}
