package be.femmesetsante.sesu.shared;

import java.util.Objects;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;

/**
 * Who acts on a request, as the signed-in account says. The display name is copied into the
 * history so it still reads right after the account is renamed or removed. What this person may
 * see and do is not decided here but by their {@link #audience()} and {@link #scope()}.
 *
 * @param organisationId the professional's organisation; null for staff, partners and admins
 */
public record Actor(long accountId, String displayName, Role role, Long organisationId) {

	public Actor {
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(role, "role");
	}

	/** The signed-in person as an actor on requests. */
	public static Actor of(PortalUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role(), user.organisationId());
	}

	/** Which part of a case this person sees, and whether they act on it. */
	public Audience audience() {
		return Audience.of(role);
	}

	/** Which cases this person reaches, as every query filters them. */
	public Scope scope() {
		return Scope.of(this);
	}
}
