package be.femmesetsante.sesu.account;

import java.time.Instant;

/** What an account holds about its person, for "Mes données" (no password hash). */
public record AccountProfile(long id, String email, String displayName, String pronouns, Role role,
		Long organisationId, boolean enabled, Instant createdAt, Language language, Instant deletionRequestedAt) {
}
