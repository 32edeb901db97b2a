package be.femmesetsante.sesu.account;

import java.util.Base64;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up by e-mail for the password sign-in, and stores the upgraded hash when an old one
 * (PBKDF2) matched.
 * <p>
 * Same work for every address: a professional has no password, so they get the hash of a random
 * secret nobody knows, made once by the current encoder. Checking a password against it costs a full
 * Argon2id hash and always fails, like a staff member's wrong password and like an unknown address
 * (for which Spring Security hashes a dummy password itself). So the time {@code POST /login} takes
 * does not tell which kind of account an address has.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final String noPasswordHash;

	AccountUserDetailsService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.noPasswordHash = passwordEncoder
			.encode(Base64.getEncoder().encodeToString(KeyGenerators.secureRandom(32).generateKey()));
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email)
			.map(Account::toPortalUserWithPasswordHash)
			.map(user -> user.passwordHash() == null ? user.withPasswordHash(noPasswordHash) : user)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
	}

	/** Called by Spring Security after a sign-in whose hash used an older algorithm or weaker settings. */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		PortalUser portalUser = (PortalUser) user;
		if (portalUser.role() == Role.PROFESSIONAL) {
			return user;
		}
		accounts.findById(portalUser.accountId()).ifPresent(account -> account.changePasswordHash(newPassword));
		return portalUser.withPasswordHash(newPassword);
	}

}
