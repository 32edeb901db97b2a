package be.femmesetsante.sesu.account;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in with a passkey ({@code POST /login/webauthn}): Spring Security's relying party checks
 * the signature, the challenge, the origin and that the person was verified on their device; then
 * the account is the one the sign-in gives, exactly as after the password and the code: a
 * {@link PortalUser} without hash, with its role, plus the WebAuthn factor (which stands for both
 * factors, see the web module's SecurityConfiguration). A disabled or deleted account is refused, and
 * professionals never sign in this way (they have no passkey).
 */
@Component
public class PasskeySignIn implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final AccountRepository accounts;

	private final TransactionTemplate transaction;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, AccountRepository accounts,
			TransactionTemplate transaction) {
		this.relyingParty = relyingParty;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity userEntity;
		try {
			userEntity = relyingParty.authenticate(request.getWebAuthnRequest());
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("Passkey not accepted", ex);
		}
		PortalUser user = transaction.execute(status -> accounts.findByEmail(userEntity.getName())
			.filter(account -> !account.deleted())
			.map(Account::toPortalUser)
			.orElse(null));
		if (user == null || user.role() == Role.PROFESSIONAL) {
			throw new BadCredentialsException("No team account for this passkey");
		}
		if (!user.enabled()) {
			throw new DisabledException("Account disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null,
				List.of(new SimpleGrantedAuthority(user.role().authority()),
						FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
