package be.femmesetsante.sesu.account;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Retention, the account module's part: which accounts are old enough to be considered, and the
 * anonymisation of its own tables (in the retention's transaction). The address
 * becomes a unique placeholder that no mail can reach, the name a dash; pronouns and the password
 * hash go, the account is disabled, its passkeys are deleted; the role, the organisation and the creation date stay (reports
 * count who asked). Admins are never anonymised here (the service must keep one).
 */
@Component
public class AccountRetention {

	/** What replaces a name that may not be empty (as {@code shared.Anonymisation.REMOVED}). */
	static final String REMOVED = "—";

	private final JdbcClient jdbc;

	AccountRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Accounts other than admins created before {@code cutoff}. */
	@Transactional(readOnly = true)
	public List<Long> createdBefore(Instant cutoff) {
		return jdbc.sql("select id from account where role <> 'ADMIN' and created_at < :cutoff order by id")
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.list();
	}

	/** The organisations these accounts belong to. */
	@Transactional(readOnly = true)
	public Set<Long> organisationsOf(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct organisation_id from account where id in (:ids) and organisation_id is not null")
			.param("ids", accountIds)
			.query(Long.class)
			.list());
	}

	/** The organisations that gained a member account since {@code since} (too recent to anonymise). */
	@Transactional(readOnly = true)
	public Set<Long> organisationsWithAccountsCreatedSince(Instant since) {
		return new HashSet<>(jdbc.sql("select distinct organisation_id from account where created_at >= :since and organisation_id is not null")
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.list());
	}

	/**
	 * Anonymises the account, in the caller's (retention's) transaction. Called directly rather than
	 * on the shared event, because the shared kernel depends on this module and not the reverse.
	 */
	@Transactional
	public void anonymise(long accountId) {
		jdbc.sql("delete from one_time_tokens where username = (select email from account where id = :id)")
			.param("id", accountId)
			.update();
		jdbc.sql("delete from second_factor_code where username = (select email from account where id = :id)")
			.param("id", accountId)
			.update();
		// The browsers this person completed sign-in in (KnownDevices): their cookie names the address.
		jdbc.sql("delete from sign_in_device where email = (select email from account where id = :id)")
			.param("id", accountId)
			.update();
		// The person's passkeys (their credentials go with the user entity).
		jdbc.sql("delete from user_entities where lower(name) = (select lower(email) from account where id = :id)")
			.param("id", accountId)
			.update();
		jdbc.sql("""
				update account set email = 'anonymised-' || id || '@invalid', display_name = :removed, pronouns = null,
				       password_hash = null, enabled = false
				where id = :id""")
			.param("id", accountId)
			.param("removed", REMOVED)
			.update();
	}
}
