package be.femmesetsante.sesu.account;

/**
 * Something a team member holds for their second factor: today the pending e-mailed code
 * ({@link SecondFactorCodes}); later, registered passkeys. An admin's "reset the second factor"
 * ({@link AccountAdministration#resetSecondFactor}) calls every bean of this type, so a new kind of
 * second factor joins the reset by implementing it.
 */
public interface SecondFactorCredentials {

	/** Forgets what this account holds for its second factor (pending codes, tries, keys). */
	void resetFor(PortalUser account);

}
