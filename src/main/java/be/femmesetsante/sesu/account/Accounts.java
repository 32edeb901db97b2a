package be.femmesetsante.sesu.account;

import java.util.List;
import java.util.Optional;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
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

	private final OpenSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Passkeys passkeys;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, OpenSessions sessions,
			ApplicationEventPublisher events, Clock clock, Passkeys passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
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
		return signInByLink(email, Language.FRENCH);
	}

	/** As {@link #signInByLink(String)}; a new account takes the language of the page the link was asked from. */
	@Transactional
	public PortalUser signInByLink(String email, Language language) {
		return accounts.findByEmail(email).orElseGet(() -> {
			String name = email.substring(0, email.indexOf('@'));
			Account account = new Account(email, name, Role.PROFESSIONAL);
			account.changeLanguage(language);
			return accounts.save(account);
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

	// --- admin (issue 9): profile, language, sign-ins, deletion, organisations merged

	/** Where and in which language to write to this person; empty for a deleted or unknown account. */
	@Transactional(readOnly = true)
	public Optional<MailRecipient> mailRecipient(long accountId) {
		return accounts.findById(accountId)
			.filter(account -> !account.deleted())
			.map(account -> new MailRecipient(account.email(), account.language()));
	}

	/** The language of the account with this address, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Language> languageOf(String email) {
		return accounts.findByEmail(email).filter(account -> !account.deleted()).map(Account::language);
	}

	/** "Mon compte": the person's name, pronouns and language; returns the refreshed account. */
	@Transactional
	public PortalUser updateProfile(long accountId, String displayName, String pronouns, Language language) {
		Account account = accounts.findById(accountId).orElseThrow();
		account.rename(displayName, pronouns);
		account.changeLanguage(language);
		return account.toPortalUser();
	}

	/** A full sign-in (both factors for the team, the link for professionals), for the admins' list. */
	@Transactional
	public void recordSignIn(long accountId) {
		accounts.findById(accountId).ifPresent(account -> account.signedIn(clock.instant()));
	}

	/**
	 * The signed-in person as the database has them now (a deleted account reads as disabled), so a
	 * session that outlived a change cannot go on with stale rights; empty when no such account.
	 */
	@Transactional(readOnly = true)
	public Optional<PortalUser> current(long accountId) {
		return accounts.findById(accountId).map(Account::toPortalUser);
	}

	/** Members of a merged organisation belong to the one kept. */
	@Transactional
	public int moveMembers(long fromOrganisationId, long intoOrganisationId) {
		return accounts.moveMembers(fromOrganisationId, intoOrganisationId);
	}

	/** Notes that a professional asked to delete their account (done when their last request ends). */
	@Transactional
	public void askForDeletion(long accountId) {
		accounts.findById(accountId).ifPresent(account -> account.askForDeletion(clock.instant()));
	}

	/** Whether this account waits to be deleted. */
	@Transactional(readOnly = true)
	public boolean deletionRequested(long accountId) {
		return accounts.findById(accountId).map(a -> a.deletionRequestedAt() != null && !a.deleted()).orElse(false);
	}

	/**
	 * Deletes a professional's account now: address, name, pronouns and organisation go (the row
	 * stays, anonymous, for the requests that point to it), their sessions end, and they are told by
	 * mail. Only professionals ask for it; a team account is disabled by an admin instead.
	 */
	@Transactional
	public void delete(long accountId, boolean afterLastRequest) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.deleted()) {
			return;
		}
		if (account.role() != Role.PROFESSIONAL) {
			throw new IllegalArgumentException("Only professionals delete their own account");
		}
		String email = account.email();
		Language language = account.language();
		account.delete(clock.instant());
		accounts.flush();
		passkeys.forget(email);
		sessions.endAllOf(email);
		events.publishEvent(new AccountDeleted(email, language.tag(), afterLastRequest));
	}

	/** An address and the language to write to it in. */
	public record MailRecipient(String email, Language language) {
	}

}
