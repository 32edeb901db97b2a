package be.femmesetsante.sesu.account;

import java.time.Instant;

/** An account as the admins' list and page show it: never the password hash. */
public record AccountRow(long id, String email, String displayName, Role role, AccountStatus status,
		Language language, Instant lastSignedInAt, Instant invitationExpiresAt, Instant createdAt) {

	private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

	/** For pages: the last sign-in in Brussels time, null when never. */
	public java.time.ZonedDateTime lastSignIn() {
		return lastSignedInAt == null ? null : lastSignedInAt.atZone(BRUSSELS);
	}

	public java.time.ZonedDateTime invitationExpires() {
		return invitationExpiresAt == null ? null : invitationExpiresAt.atZone(BRUSSELS);
	}

	public boolean teamMember() {
		return role != Role.PROFESSIONAL;
	}

	public boolean invited() {
		return status == AccountStatus.INVITED || status == AccountStatus.INVITATION_EXPIRED;
	}

	public boolean enabled() {
		return status != AccountStatus.DISABLED;
	}

}
