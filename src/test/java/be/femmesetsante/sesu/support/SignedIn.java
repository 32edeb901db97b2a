package be.femmesetsante.sesu.support;

import java.util.ArrayList;
import java.util.List;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A person signed in the way the portal signs them in, for MockMvc: a professional with the e-mailed
 * link (one factor), staff, partners and admins with the password and the mailed code (two factors).
 * Use it instead of Spring Security's {@code user(...)}, which carries no factor: the team's pages
 * would send such a person to the code page.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor signedIn(PortalUser user) {
		return authentication(authenticationOf(user));
	}

	public static Authentication authenticationOf(PortalUser user) {
		return user.role() == Role.PROFESSIONAL ? withFactors(user, FactorGrantedAuthority.OTT_AUTHORITY)
				: withFactors(user, FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY);
	}

	/** The person with exactly these factors, e.g. staff who have passed their password only. */
	public static Authentication withFactors(PortalUser user, String... factors) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		for (String factor : factors) {
			authorities.add(FactorGrantedAuthority.fromAuthority(factor));
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

}
