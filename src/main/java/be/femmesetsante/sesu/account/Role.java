package be.femmesetsante.sesu.account;

/**
 * What a signed-in person may do. Stored by name; Spring Security sees them as {@code ROLE_<name>}.
 */
public enum Role {
	/** A requester from an organisation: sees their organisation's requests only. */
	PROFESSIONAL,
	/** Femmes et Santé's chargé·es de projet: every request of both regions. */
	STAFF,
	/** OSS-ULB partner staff: Brussels requests only, read-only. */
	PARTNER,
	/** Manages accounts and reference data. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
