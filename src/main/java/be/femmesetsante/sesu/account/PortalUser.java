package be.femmesetsante.sesu.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the portal sees it: who, which role, which organisation.
 * Kept in the session, so it holds no more than pages and access checks need.
 */
public record PortalUser(Long accountId, String email, String displayName, Role role, Long organisationId,
		String passwordHash, boolean enabled) implements UserDetails {

	/**
	 * Professionals have no password: this value matches no encoded password, so a password
	 * sign-in always fails for them while their e-mailed link still works.
	 */
	private static final String NO_PASSWORD = "{bcrypt}no-password";

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash == null ? NO_PASSWORD : passwordHash;
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
