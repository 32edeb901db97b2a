package be.femmesetsante.sesu.organisation;

/** A professional's ask to join an organisation was confirmed or refused; they are told by mail. */
public record JoinRequestDecided(long accountId, long organisationId, String organisationName, boolean confirmed) {
}
