package be.femmesetsante.sesu.account;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * There is no default password anywhere: while no admin exists, each start offers a one-time link
 * (valid 24 hours) with which the first admin creates their own account.
 * {@code SESU_ADMIN_EMAIL} names that admin's address in advance.
 * <p>
 * In development ({@code sesu.mail.write-to-log}, set by {@code ./mvnw spring-boot:run} and the demo
 * profile) the link is printed in the log. Elsewhere no link is ever written to a log: it is mailed to
 * {@code SESU_ADMIN_EMAIL}, and without that address the log only says how to get one.
 */
@Component
class FirstAdminSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

	/** The token's owner: not an e-mail address, so it can never sign anyone in. */
	static final String TOKEN_OWNER = "first-admin-setup";

	static final Duration VALIDITY = Duration.ofHours(24);

	private final Accounts accounts;

	private final OneTimeTokenService tokens;

	private final JdbcTemplate jdbc;

	private final String baseUrl;

	private final String adminEmail;

	private final boolean writeToLog;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	FirstAdminSetup(Accounts accounts, OneTimeTokenService tokens, JdbcTemplate jdbc,
			@Value("${sesu.base-url}") String baseUrl, @Value("${sesu.admin-email:}") String adminEmail,
			@Value("${sesu.mail.write-to-log:false}") boolean writeToLog, ApplicationEventPublisher events,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
		this.adminEmail = adminEmail.strip();
		this.writeToLog = writeToLog;
		this.events = events;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void offerLinkWhileNoAdmin() {
		if (accounts.adminExists()) {
			return;
		}
		if (!writeToLog) {
			if (adminEmail.isEmpty()) {
				log.warn("No admin account yet. Set SESU_ADMIN_EMAIL and restart: a one-time set-up link will be "
						+ "mailed to that address (links are never written to the log outside development).");
				return;
			}
			transaction.executeWithoutResult(
					status -> events.publishEvent(new FirstAdminSetupLinkRequested(adminEmail, newLink())));
			log.warn("No admin account yet: a one-time set-up link (valid 24 hours) was mailed to SESU_ADMIN_EMAIL.");
			return;
		}
		String link = newLink();
		log.warn("""

				================================================================================
				 No admin account yet. Open this link within 24 hours to create the first admin
				 (it works once; restart the portal for a new one):
				   {}{}
				================================================================================""",
				link, adminEmail.isEmpty() ? "" : "\n   for " + adminEmail);
	}

	String newLink() {
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(TOKEN_OWNER, VALIDITY));
		return baseUrl + "/setup?token=" + token.getTokenValue();
	}

	/** The address fixed by SESU_ADMIN_EMAIL, or empty when the first admin chooses it. */
	String presetEmail() {
		return adminEmail;
	}

	/** Checks the link without using it up, so a form with a typo can be corrected and sent again. */
	boolean isUsable(String token) {
		if (token == null || token.isBlank() || accounts.adminExists()) {
			return false;
		}
		Integer found = jdbc.queryForObject(
				"select count(*) from one_time_tokens where token_value = ? and username = ? and expires_at > now()",
				Integer.class, token, TOKEN_OWNER);
		return found != null && found > 0;
	}

	/** Uses the link up and creates the admin, in one transaction: both happen or neither. */
	@Transactional
	PortalUser createFirstAdmin(String token, String email, String displayName, String password) {
		if (accounts.adminExists()) {
			throw new SetupLinkUnusableException();
		}
		OneTimeToken used = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token));
		if (used == null || !TOKEN_OWNER.equals(used.getUsername())) {
			throw new SetupLinkUnusableException();
		}
		String address = adminEmail.isEmpty() ? email : adminEmail;
		return accounts.createWithPassword(address, displayName, Role.ADMIN, password);
	}

	static class SetupLinkUnusableException extends RuntimeException {

		SetupLinkUnusableException() {
			super("The set-up link is expired, used, or an admin already exists");
		}

	}

}
