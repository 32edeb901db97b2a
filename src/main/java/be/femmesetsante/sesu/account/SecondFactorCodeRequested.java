package be.femmesetsante.sesu.account;

/**
 * A staff, partner or admin account passed its password: the notification module mails it the code
 * of the second factor. Carries the code itself; the publication is deleted once the mail is sent.
 *
 * @param languageTag the language of the sign-in page, for the mail
 */
public record SecondFactorCodeRequested(String email, String code, String languageTag, java.time.Instant expiresAt) {

	/** Without an expiry: sent whenever (see {@code expiresAt}: a code held back is not sent once expired). */
	public SecondFactorCodeRequested(String email, String code, String languageTag) {
		this(email, code, languageTag, null);
	}

	@Override
	public String toString() {
		// Never print the code in a log line.
		return "SecondFactorCodeRequested[" + languageTag + "]";
	}

}
