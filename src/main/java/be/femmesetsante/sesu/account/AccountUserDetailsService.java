package be.femmesetsante.sesu.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up by e-mail for every way of signing in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email)
			.map(Account::toPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
	}

}
