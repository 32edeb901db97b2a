package be.femmesetsante.sesu.notification;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server away: a submission still succeeds, its two mails (to the requester, to the team)
 * wait in the event publication registry, and once the server is back the retry job sends each
 * exactly once: one mail per listener, so a failure of one never resends the other, and only
 * publications older than the in-flight age are resubmitted.
 */
@IntegrationTest
class MailServerDownTest {

	static final String TEAM = "sesu@femmesetsante.be";

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void mailServerBack() {
		TestMailbox.comeBack(); // if the test stopped before bringing it back
	}

	@Test
	void withTheMailServerAwayASubmissionSucceedsAndItsMailsGoOutOnceEachWhenItIsBack() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var organisation = organisations.register(new NewOrganisation("Maison Pannes " + run, Sector.MAISON_MEDICALE,
				null, "Rue 1", "1000", "Bruxelles", null, null, "Contact", null));
		PortalUser requester = accounts.createProfessional("pannes-" + run + "@example.org", "Pat " + run, null,
				organisation.id());

		TestMailbox.goAway();
		String reference = requests.submit(Actor.of(requester), new SubmitRequest("Panne " + run,
				"Nous souhaitons revoir notre accueil.", null, List.of(), Set.of(SupportKind.PROJECT_SUPPORT), null,
				PreferredFormat.TEAM, 6, null, "1"));
		assertThat(reference).as("the submission succeeds without the mail server").isNotBlank();
		// Both listeners tried, failed at once (connection refused), and left their publication failed.
		awaitFailed(reference, 2);

		TestMailbox.comeBack();
		UnsentMailRetry retry = new UnsentMailRetry(incomplete, Duration.ofSeconds(3));
		// Too young: possibly still in flight on its first try, so not resubmitted.
		retry.resubmit();
		Thread.sleep(500);
		assertThat(TestMailbox.mailsTo(requester.email())).as("nothing resent while in flight").isEmpty();

		Thread.sleep(3_000);
		retry.resubmit();
		TestMailbox.awaitMail(requester.email(), 1);
		awaitIncomplete(reference, 0);
		// Resubmitting again sends nothing more: each mail exactly once.
		retry.resubmit();
		Thread.sleep(1_000);
		assertThat(TestMailbox.mailsTo(requester.email())).as("mails to the requester").hasSize(1);
		assertThat(TestMailbox.mailsTo(TEAM).stream().filter(m -> TestMailbox.subject(m).contains(reference)))
			.as("mails to the team about this request").hasSize(1);
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionOperations transactions;

	@Test
	void aSignInLinkOrCodeThatExpiredWhileTheMailWaitedIsNotSentLate() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String expired = "expire-" + run + "@example.org";
		String valid = "valide-" + run + "@example.org";
		java.time.Instant now = java.time.Instant.now();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new be.femmesetsante.sesu.account.SignInLinkRequested(expired,
					"http://localhost/login/ott?token=old", "fr-BE", now.minusSeconds(1)));
			events.publishEvent(new be.femmesetsante.sesu.account.SecondFactorCodeRequested(expired, "123456",
					"fr-BE", now.minusSeconds(1)));
			events.publishEvent(new be.femmesetsante.sesu.account.SignInLinkRequested(valid,
					"http://localhost/login/ott?token=new", "fr-BE", now.plusSeconds(600)));
		});
		TestMailbox.awaitMail(valid, 1);
		Thread.sleep(1_000);
		assertThat(TestMailbox.mailsTo(expired)).as("mails of an expired link or code").isEmpty();
	}

	/** This request's mail publications not yet completed (completed ones are deleted). */
	private long incompleteMails(String reference) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null"
				+ " and listener_id like '%notification%' and serialized_event like ?")
			.param("%" + reference + "%")
			.query(Long.class)
			.single();
	}

	/** Waits until this request's mail publications have been tried and failed (not merely registered). */
	private void awaitFailed(String reference, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (failedMails(reference) != expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(failedMails(reference)).as("mail publications tried and failed").isEqualTo(expected);
	}

	private long failedMails(String reference) {
		return jdbc.sql("select count(*) from event_publication where status = 'FAILED'"
				+ " and listener_id like '%notification%' and serialized_event like ?")
			.param("%" + reference + "%")
			.query(Long.class)
			.single();
	}

	private void awaitIncomplete(String reference, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (incompleteMails(reference) != expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(incompleteMails(reference)).as("mail publications waiting").isEqualTo(expected);
	}

}
