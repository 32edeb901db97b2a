package be.femmesetsante.sesu.account;

/** Who an account is, for a list to choose from (e.g. a request's lead): no address, no secrets. */
public record AccountName(long id, String displayName) {
}
