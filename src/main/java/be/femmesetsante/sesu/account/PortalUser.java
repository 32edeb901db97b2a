package be.femmesetsante.sesu.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the portal sees it: who, which role, which organisation.
 * Kept in the session, so it holds no more than pages and access checks need, and never the
 * password hash (only the password check sees it).
 */
public record PortalUser(Long accountId, String email, String displayName, Role role, Long organisationId,
		String passwordHash, boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	/**
	 * The hash, only while a password is being checked: the principal kept in the session has none
	 * ({@link #withoutPassword()}), and professionals have no password at all.
	 */
	@Override
	public String getPassword() {
		return passwordHash;
	}

	/** The same person without the password hash: what the session keeps. */
	public PortalUser withoutPassword() {
		return passwordHash == null ? this : withPasswordHash(null);
	}

	PortalUser withPasswordHash(String hash) {
		return new PortalUser(accountId, email, displayName, role, organisationId, hash, enabled);
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		// Never print the password hash in a log line.
		return "PortalUser[" + accountId + ", " + role + "]";
	}

}
