package be.femmesetsante.sesu.account;

/**
 * An admin invited a staff member, a partner or an admin: the notification module mails the link
 * (valid {@code validDays} days, used once) to the account's address, in the account's language.
 */
public record InvitationIssued(long accountId, String link, Role role, int validDays) {
}
