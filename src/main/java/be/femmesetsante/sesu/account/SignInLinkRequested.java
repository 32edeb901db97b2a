package be.femmesetsante.sesu.account;

/**
 * Someone asked for a sign-in link. Carries the link itself, which the notification module mails;
 * the publication is deleted once the mail is sent (see {@code spring.modulith.events.completion-mode}).
 *
 * @param languageTag the language of the page the link was asked from, for the mail
 */
public record SignInLinkRequested(String email, String link, String languageTag) {

	@Override
	public String toString() {
		// Never print the link in a log line (the event publication registry may log its event).
		return "SignInLinkRequested[" + languageTag + "]";
	}

}
