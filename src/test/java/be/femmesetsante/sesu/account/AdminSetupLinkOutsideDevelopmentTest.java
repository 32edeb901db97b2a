package be.femmesetsante.sesu.account;

import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside development ({@code sesu.mail.write-to-log} off, as in the tests and in production) the first
 * admin's set-up link is mailed to {@code SESU_ADMIN_EMAIL}, never written to the log. (Runs before
 * the classes that create an admin: Surefire's alphabetical order.)
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminSetupLinkOutsideDevelopmentTest {

	@Autowired
	Accounts accounts;

	@Autowired
	OneTimeTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theSetUpLinkIsMailedToTheNamedAdminAndNeverLogged(CapturedOutput output) {
		assertThat(accounts.adminExists()).as("a database without an admin").isFalse();
		String admin = "premiere.admin@femmesetsante-test.be";
		new FirstAdminSetup(accounts, tokens, jdbc, "http://portail.example", admin, false, events, transaction)
			.offerLinkWhileNoAdmin();
		String body = TestMailbox.body(TestMailbox.awaitMail(admin, 1));
		assertThat(body).contains("http://portail.example/setup?token=");
		String token = body.substring(body.indexOf("setup?token=") + "setup?token=".length()).split("\\s")[0];
		assertThat(output.getAll()).contains("mailed to SESU_ADMIN_EMAIL").doesNotContain(token);

		new FirstAdminSetup(accounts, tokens, jdbc, "http://portail.example", "", false, events, transaction)
			.offerLinkWhileNoAdmin();
		assertThat(output.getAll()).contains("Set SESU_ADMIN_EMAIL and restart").doesNotContain("setup?token=");
	}

}
