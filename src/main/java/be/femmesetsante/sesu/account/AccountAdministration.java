package be.femmesetsante.sesu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What admins do with accounts: invite staff, partners and admins (they set their own password from
 * a link valid {@value #INVITATION_DAYS} days, then sign in with the second factor), change a role,
 * disable and re-enable, reset the second factor, list them. Disabling, a role change and a reset
 * end the person's open sessions on every node ({@link OpenSessions}).
 */
@Service
public class AccountAdministration {

	static final int INVITATION_DAYS = 7;

	static final int PAGE_SIZE = 25;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final OpenSessions sessions;

	private final List<SecondFactorCredentials> secondFactors;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	AccountAdministration(AccountRepository accounts, JdbcClient jdbc, OpenSessions sessions,
			List<SecondFactorCredentials> secondFactors, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock, @Value("${sesu.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.secondFactors = secondFactors;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Creates the account (no password yet) and mails an invitation in the chosen language.
	 *
	 * @throws AccountRefusal the address has an account, or the role is not a team role
	 */
	@Transactional
	public AccountRow invite(PortalUser admin, String email, String displayName, Role role, Language language) {
		requireTeamRole(role);
		if (accounts.findByEmail(email).isPresent()) {
			throw new AccountRefusal(AccountRefusal.Reason.EMAIL_TAKEN);
		}
		Account account = new Account(email.toLowerCase(Locale.ROOT), displayName, role);
		account.changeLanguage(language);
		accounts.saveAndFlush(account);
		issueInvitation(account, admin);
		return find(account.id()).orElseThrow();
	}

	/** A new link (the previous one stops working), for an account that has not set its password. */
	@Transactional
	public void inviteAgain(PortalUser admin, long accountId) {
		Account account = account(accountId);
		if (account.role() == Role.PROFESSIONAL || account.passwordHash() != null || !account.enabled()) {
			throw new AccountRefusal(AccountRefusal.Reason.NOT_INVITED);
		}
		issueInvitation(account, admin);
	}

	/** Changes a team member's role; their sessions end, so the new role applies at once. */
	@Transactional
	public void changeRole(PortalUser admin, long accountId, Role role) {
		requireTeamRole(role);
		Account account = changeable(admin, accountId);
		if (account.role() == Role.PROFESSIONAL) {
			throw new AccountRefusal(AccountRefusal.Reason.NOT_A_TEAM_ROLE);
		}
		if (account.role() != role) {
			account.changeRole(role);
			accounts.flush();
			sessions.endAllOf(account.email());
		}
	}

	/** The account can no longer sign in, and every open session of it ends now, on every node. */
	@Transactional
	public void disable(PortalUser admin, long accountId) {
		Account account = changeable(admin, accountId);
		account.disable();
		accounts.flush();
		sessions.endAllOf(account.email());
	}

	@Transactional
	public void enable(PortalUser admin, long accountId) {
		Account account = changeable(admin, accountId);
		account.enable();
	}

	/**
	 * Forgets what the account holds for its second factor, through every
	 * {@link SecondFactorCredentials} (today the pending mailed code and its tries), and ends its
	 * sessions: the next sign-in starts again from the password.
	 */
	@Transactional
	public void resetSecondFactor(PortalUser admin, long accountId) {
		Account account = account(accountId);
		if (account.role() == Role.PROFESSIONAL) {
			throw new AccountRefusal(AccountRefusal.Reason.NO_SECOND_FACTOR);
		}
		if (account.deleted()) {
			throw new AccountRefusal(AccountRefusal.Reason.DELETED);
		}
		PortalUser user = account.toPortalUser();
		secondFactors.forEach(credentials -> credentials.resetFor(user));
		sessions.endAllOf(account.email());
	}

	/** One page of accounts (never deleted ones), by name; {@code role} null for all roles. */
	@Transactional(readOnly = true)
	public AccountPage list(Role role, String search, int page) {
		String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = " where a.deleted_at is null and (cast(:role as varchar) is null or a.role = :role)"
				+ " and (:words = '' or lower(a.display_name) like :like or lower(a.email) like :like)";
		long total = jdbc.sql("select count(*) from account a" + where)
			.param("role", role == null ? null : role.name())
			.param("words", words)
			.param("like", like)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<AccountRow> rows = jdbc.sql(SELECT + where + " order by lower(a.display_name), a.id limit :limit offset :offset")
			.param("role", role == null ? null : role.name())
			.param("words", words)
			.param("like", like)
			.param("now", Timestamp.from(clock.instant()))
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query(AccountAdministration::row)
			.list();
		return new AccountPage(rows, current, pages, total);
	}

	@Transactional(readOnly = true)
	public Optional<AccountRow> find(long accountId) {
		return jdbc.sql(SELECT + " where a.id = :id and a.deleted_at is null")
			.param("id", accountId)
			.param("now", Timestamp.from(clock.instant()))
			.query(AccountAdministration::row)
			.optional();
	}

	/** The invited person, if the link is known, unused and valid. */
	@Transactional(readOnly = true)
	public Optional<AccountRow> invited(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from account_invitation where token_hash = ? and expires_at > ?")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional()
			.flatMap(this::find)
			.filter(row -> row.status() == AccountStatus.INVITED);
	}

	/**
	 * The invited person sets their name and password; the link is used up. They then sign in with
	 * the password and the mailed code, like every team member.
	 *
	 * @return false when the link is unknown, used or expired (nothing changed)
	 */
	@Transactional
	public boolean acceptInvitation(String token, String displayName, String rawPassword) {
		Optional<AccountRow> invited = invited(token);
		if (invited.isEmpty()) {
			return false;
		}
		int used = jdbc.sql("delete from account_invitation where token_hash = ? and account_id = ?")
			.params(hash(token), invited.get().id())
			.update();
		if (used == 0) {
			return false;
		}
		Account account = account(invited.get().id());
		PasswordPolicy.problemWith(rawPassword, account.email()).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		account.rename(displayName, account.pronouns());
		account.changePasswordHash(passwordEncoder.encode(rawPassword));
		return true;
	}

	private void issueInvitation(Account account, PortalUser admin) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant expiresAt = clock.instant().plus(Duration.ofDays(INVITATION_DAYS));
		jdbc.sql("""
				insert into account_invitation (account_id, token_hash, invited_by_account_id, expires_at)
				values (?, ?, ?, ?)
				on conflict (account_id) do update set token_hash = excluded.token_hash,
				    invited_by_account_id = excluded.invited_by_account_id, expires_at = excluded.expires_at,
				    created_at = now()""")
			.params(account.id(), hash(token), admin == null ? null : admin.accountId(), Timestamp.from(expiresAt))
			.update();
		events.publishEvent(new InvitationIssued(account.id(), baseUrl + "/invitation?token=" + token, account.role(),
				INVITATION_DAYS));
	}

	private Account changeable(PortalUser admin, long accountId) {
		Account account = account(accountId);
		if (admin != null && admin.accountId() != null && admin.accountId() == accountId) {
			throw new AccountRefusal(AccountRefusal.Reason.SELF);
		}
		if (account.deleted()) {
			throw new AccountRefusal(AccountRefusal.Reason.DELETED);
		}
		return account;
	}

	private Account account(long accountId) {
		return accounts.findById(accountId)
			.filter(account -> !account.deleted())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void requireTeamRole(Role role) {
		if (role == null || role == Role.PROFESSIONAL) {
			throw new AccountRefusal(AccountRefusal.Reason.NOT_A_TEAM_ROLE);
		}
	}

	private static final String SELECT = """
			select a.id, a.email, a.display_name, a.role, a.enabled, a.password_hash is null as no_password,
			       a.preferred_language, a.last_signed_in_at, a.deletion_requested_at, a.created_at,
			       i.expires_at as invitation_expires_at, (i.expires_at is not null and i.expires_at > :now) as invitation_valid
			from account a left join account_invitation i on i.account_id = a.id""";

	private static AccountRow row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		Role role = Role.valueOf(rs.getString("role"));
		AccountStatus status;
		if (!rs.getBoolean("enabled")) {
			status = AccountStatus.DISABLED;
		}
		else if (role != Role.PROFESSIONAL && rs.getBoolean("no_password")) {
			status = rs.getBoolean("invitation_valid") ? AccountStatus.INVITED : AccountStatus.INVITATION_EXPIRED;
		}
		else if (rs.getTimestamp("deletion_requested_at") != null) {
			status = AccountStatus.DELETION_REQUESTED;
		}
		else {
			status = AccountStatus.ACTIVE;
		}
		return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), role, status,
				Language.ofTag(rs.getString("preferred_language")), instant(rs.getTimestamp("last_signed_in_at")),
				instant(rs.getTimestamp("invitation_expires_at")), instant(rs.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One page of the admins' list. */
	public record AccountPage(List<AccountRow> rows, int page, int pages, long total) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

}
