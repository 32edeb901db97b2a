package be.femmesetsante.sesu.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passkeys of staff, partners and admins as "Mon compte" shows them, and their removal: by their
 * owner, by an admin's "reset the second factor" ({@link SecondFactorCredentials}), by retention and
 * by the deletion of the account. Registration and sign-in are Spring Security's
 * ({@code webAuthn()}, {@link PasskeyConfiguration}, {@link PasskeySignIn}); an account's user
 * entity is named by its e-mail address, and its credentials go with it (the foreign key cascades).
 */
@Component
public class Passkeys implements SecondFactorCredentials {

	/** The longest label a person may give a passkey. */
	public static final int LABEL_MAX_LENGTH = 60;

	/** One passkey: its credential id (base64url), the label its owner gave it, when made and last used. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {

		private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

		/** For pages: when it was added, in Brussels time. */
		public ZonedDateTime createdHere() {
			return created == null ? null : created.atZone(BRUSSELS);
		}

		/** For pages: when it last signed someone in, in Brussels time; null when never. */
		public ZonedDateTime lastUsedHere() {
			return lastUsed == null ? null : lastUsed.atZone(BRUSSELS);
		}

	}

	private final JdbcClient jdbc;

	Passkeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The passkeys of this person, oldest first ("last used" is the creation time until a sign-in uses it: none). */
	@Transactional(readOnly = true)
	public List<Passkey> of(PortalUser owner) {
		return jdbc.sql("""
				select c.credential_id, c.label, c.created, case when c.last_used > c.created then c.last_used end
				from user_credentials c join user_entities u on u.id = c.user_entity_user_id
				where lower(u.name) = lower(:email)
				order by c.created, c.credential_id""")
			.param("email", owner.email())
			.query((rs, row) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4))))
			.list();
	}

	/** One of this person's passkeys; empty when the id is not one of theirs. */
	@Transactional(readOnly = true)
	public Optional<Passkey> find(PortalUser owner, String id) {
		return of(owner).stream().filter(passkey -> passkey.id().equals(id)).findFirst();
	}

	/** Removes one of this person's passkeys; false when the id is not one of theirs. */
	@Transactional
	public boolean remove(PortalUser owner, String id) {
		return jdbc.sql("""
				delete from user_credentials
				where credential_id = :id
				  and user_entity_user_id in (select u.id from user_entities u where lower(u.name) = lower(:email))""")
			.param("id", id)
			.param("email", owner.email())
			.update() > 0;
	}

	/** An admin's reset of the second factor: every passkey of the account stops working. */
	@Override
	public void resetFor(PortalUser account) {
		forget(account.email());
	}

	/** Forgets every passkey of this address and the user entity that holds them. */
	@Transactional
	public void forget(String email) {
		jdbc.sql("delete from user_entities where lower(name) = lower(:email)").param("email", email).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
