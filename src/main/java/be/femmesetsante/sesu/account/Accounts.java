package be.femmesetsante.sesu.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The account module's door: creating and finding the people who sign in. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public boolean adminExists() {
		return accounts.existsByRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public Optional<PortalUser> findById(long accountId) {
		return accounts.findById(accountId).map(Account::toPortalUser);
	}

	@Transactional(readOnly = true)
	public Optional<PortalUser> findByEmail(String email) {
		return accounts.findByEmail(email).map(Account::toPortalUser);
	}

	/**
	 * Creates a staff, partner or admin account with a password, or returns the existing one
	 * unchanged when the address is already known (so seeding can run at every start).
	 */
	@Transactional
	public PortalUser createWithPassword(String email, String displayName, Role role, String rawPassword) {
		PasswordPolicy.problemWith(rawPassword, email).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		return accounts.findByEmail(email).orElseGet(() -> {
			Account account = new Account(email, displayName, role);
			account.changePasswordHash(passwordEncoder.encode(rawPassword));
			return accounts.save(account);
		}).toPortalUser();
	}

	/**
	 * The account behind a used sign-in link: found, or created at the first sign-in as a
	 * professional named after the address until they give their name.
	 */
	@Transactional
	public PortalUser signInByLink(String email) {
		return accounts.findByEmail(email).orElseGet(() -> {
			String name = email.substring(0, email.indexOf('@'));
			return accounts.save(new Account(email, name, Role.PROFESSIONAL));
		}).toPortalUser();
	}

	/** Creates a professional of an organisation (no password: they sign in by e-mailed link). */
	@Transactional
	public PortalUser createProfessional(String email, String displayName, String pronouns, Long organisationId) {
		return accounts.findByEmail(email).orElseGet(() -> {
			Account account = new Account(email, displayName, Role.PROFESSIONAL);
			account.rename(displayName, pronouns);
			account.joinOrganisation(organisationId);
			return accounts.save(account);
		}).toPortalUser();
	}

	/**
	 * Links a professional to the organisation they described (or were confirmed into) and returns
	 * the refreshed account, so the caller can refresh the signed-in principal.
	 */
	@Transactional
	public PortalUser joinOrganisation(Long accountId, Long organisationId) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.role() != Role.PROFESSIONAL) {
			throw new IllegalArgumentException("Only professionals belong to an organisation");
		}
		account.joinOrganisation(organisationId);
		return account.toPortalUser();
	}

	/** Sets a new password; used by the demo profile, and later by password reset. */
	@Transactional
	public void changePassword(Long accountId, String rawPassword) {
		Account account = accounts.findById(accountId).orElseThrow();
		PasswordPolicy.problemWith(rawPassword, account.email()).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		account.changePasswordHash(passwordEncoder.encode(rawPassword));
	}

	/** The enabled accounts of a role by name, in one statement (e.g. the staff who can take a lead). */
	@Transactional(readOnly = true)
	public List<AccountName> namesByRole(Role role) {
		if (role == Role.STAFF) {
			// The staff list, read once per read-only transaction (see listStaff).
			return listStaff().stream()
				.map(user -> new AccountName(user.accountId(), user.displayName()))
				.sorted(java.util.Comparator.comparing((AccountName n) -> n.displayName().toLowerCase(java.util.Locale.ROOT))
					.thenComparing(AccountName::id))
				.toList();
		}
		return accounts.findNamesByRole(role);
	}

	/** Whether this account is an enabled member of the team: the only people who may lead a request or act for it. */
	@Transactional(readOnly = true)
	public boolean isEnabledStaff(long accountId) {
		return accounts.existsByIdAndRoleAndEnabledTrue(accountId, Role.STAFF);
	}

	/** The enabled staff accounts, by name: facilitators, assignees, digest recipients. */
	@Transactional(readOnly = true)
	public List<PortalUser> listStaff() {
		// A page that shows several sections (a request's casework page) asks several times: inside a
		// read-only transaction the list is read once and kept until the transaction ends. Never with
		// the password hashes: nobody listing staff needs them.
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return readStaff();
		}
		@SuppressWarnings("unchecked")
		List<PortalUser> kept = (List<PortalUser>) TransactionSynchronizationManager.getResource(STAFF_IN_TRANSACTION);
		if (kept != null) {
			return kept;
		}
		List<PortalUser> staff = readStaff();
		TransactionSynchronizationManager.bindResource(STAFF_IN_TRANSACTION, staff);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(STAFF_IN_TRANSACTION);
			}
		});
		return staff;
	}

	private static final Object STAFF_IN_TRANSACTION = new Object();

	private List<PortalUser> readStaff() {
		return accounts.findStaffWithoutPassword(Role.STAFF)
			.stream()
			.map(row -> new PortalUser((Long) row[0], (String) row[1], (String) row[2], Role.STAFF, (Long) row[3], null,
					true))
			.toList();
	}

	/** Everything the account holds about its person, for their data export. */
	@Transactional(readOnly = true)
	public Optional<AccountProfile> findProfile(long accountId) {
		return accounts.findById(accountId).map(Account::toProfile);
	}

}
