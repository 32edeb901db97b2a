package be.femmesetsante.sesu.account;

/**
 * A professional's account was deleted as they asked: carries the address and language it had
 * (the account holds neither any more) so the notification module can tell them.
 *
 * @param afterLastRequest true when it waited for their last request to end
 */
public record AccountDeleted(String formerEmail, String languageTag, boolean afterLastRequest) {
}
