package be.femmesetsante.sesu.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in. Personal data live in these few columns, so retention knows where to look. */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String pronouns;

	/** Null for professionals, who sign in by e-mailed link only. */
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long organisationId;

	private boolean enabled = true;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	/** "fr" or "en": the language of every mail to this person. */
	private String preferredLanguage = Language.FRENCH.tag();

	private Instant lastSignedInAt;

	private Instant deletionRequestedAt;

	private Instant deletedAt;

	protected Account() {
	}

	Account(String email, String displayName, Role role) {
		this.email = email.strip();
		this.displayName = displayName.strip();
		this.role = role;
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String pronouns() {
		return pronouns;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	Long organisationId() {
		return organisationId;
	}

	boolean enabled() {
		return enabled;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void joinOrganisation(Long organisationId) {
		this.organisationId = organisationId;
	}

	void rename(String displayName, String pronouns) {
		this.displayName = displayName.strip();
		this.pronouns = pronouns == null || pronouns.isBlank() ? null : pronouns.strip();
	}

	Language language() {
		return Language.ofTag(preferredLanguage);
	}

	Instant lastSignedInAt() {
		return lastSignedInAt;
	}

	Instant deletionRequestedAt() {
		return deletionRequestedAt;
	}

	boolean deleted() {
		return deletedAt != null;
	}

	void changeLanguage(Language language) {
		this.preferredLanguage = language.tag();
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void signedIn(Instant now) {
		this.lastSignedInAt = now;
	}

	void askForDeletion(Instant now) {
		if (deletionRequestedAt == null) {
			this.deletionRequestedAt = now;
		}
	}

	/**
	 * Deletes the person from the account: the address, the name, the pronouns, the password and the
	 * organisation go; the row stays (anonymous) because requests and their history point to it.
	 */
	void delete(Instant now) {
		this.email = "deleted-" + id + "@deleted.invalid";
		this.displayName = "—";
		this.pronouns = null;
		this.passwordHash = null;
		this.organisationId = null;
		this.enabled = false;
		this.deletedAt = now;
		if (deletionRequestedAt == null) {
			this.deletionRequestedAt = now;
		}
	}

	AccountProfile toProfile() {
		return new AccountProfile(id, email, displayName, pronouns, role, organisationId, enabled, createdAt, language(),
				deletionRequestedAt);
	}

	/** The signed-in person as kept in the session: never the password hash. */
	PortalUser toPortalUser() {
		return new PortalUser(id, email, displayName, role, organisationId, null, enabled);
	}

	/** Only for checking a password ({@link AccountUserDetailsService}). */
	PortalUser toPortalUserWithPasswordHash() {
		return new PortalUser(id, email, displayName, role, organisationId, passwordHash, enabled);
	}

}
