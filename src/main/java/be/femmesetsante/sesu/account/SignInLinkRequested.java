package be.femmesetsante.sesu.account;

/**
 * Someone asked for a sign-in link. Carries the link itself, which the notification module mails;
 * the publication is deleted once the mail is sent (see {@code spring.modulith.events.completion-mode}).
 *
 * @param languageTag the language of the page the link was asked from, for the mail
 * @param expiresAt when the link stops working: a mail held back (SMTP server away) is not sent after
 *        it (null: unknown, sent whenever)
 */
public record SignInLinkRequested(String email, String link, String languageTag, java.time.Instant expiresAt) {

	public SignInLinkRequested(String email, String link, String languageTag) {
		this(email, link, languageTag, null);
	}

	@Override
	public String toString() {
		// Never print the link in a log line (the event publication registry may log its event).
		return "SignInLinkRequested[" + languageTag + "]";
	}

}
