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

	/**
	 * Issue 12: "a link or code that has expired by then is not sent" — by the time the mail server is
	 * back. A link and a code asked for while it is away, valid 2 s, wait in the registry past their
	 * expiry; a link asked for at the same moment, valid 10 minutes, goes out once the server is back,
	 * the other two never.
	 */
	@Test
	void aLinkOrCodeThatExpiresWhileTheMailServerIsAwayIsNotSentWhenItIsBack() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String shortLived = "bientot-expire-" + run + "@example.org";
		String longLived = "encore-valide-" + run + "@example.org";
		java.time.Instant now = java.time.Instant.now();
		TestMailbox.goAway();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new be.femmesetsante.sesu.account.SignInLinkRequested(shortLived,
					"http://localhost/login/ott?token=soon-old-" + run, "fr-BE", now.plusSeconds(2)));
			events.publishEvent(new be.femmesetsante.sesu.account.SecondFactorCodeRequested(shortLived, "654321",
					"fr-BE", now.plusSeconds(2)));
			events.publishEvent(new be.femmesetsante.sesu.account.SignInLinkRequested(longLived,
					"http://localhost/login/ott?token=still-good-" + run, "fr-BE", now.plusSeconds(600)));
		});
		// All three tried while the server is away (not yet expired then), failed, and waiting.
		awaitFailed(run, 3);

		Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), now.plusSeconds(3)).toMillis()));
		TestMailbox.comeBack();
		new UnsentMailRetry(incomplete, Duration.ZERO).resubmit();
		TestMailbox.awaitMail(longLived, 1);
		awaitIncomplete(run, 0);
		Thread.sleep(500);
		assertThat(TestMailbox.mailsTo(shortLived)).as("mails of a link and a code expired by the time the server is back")
			.isEmpty();
		assertThat(TestMailbox.mailsTo(longLived)).as("the valid link, once").hasSize(1);
	}

	@Autowired
	org.springframework.mail.javamail.JavaMailSenderImpl mailSender;

	/**
	 * Issue 12: "no SMTP timeouts are set". A server that takes the connection and then says nothing
	 * (hung): with the portal's mail settings, sending gives up after the 10 s read timeout, instead of
	 * holding the listener's thread for ever; the mail then waits in the registry like any failed one.
	 */
	@Test
	void aHungMailServerIsGivenUpOnAfterTheReadTimeout() throws Exception {
		assertThat(mailSender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "5000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
		// The kernel accepts the connection (backlog); nobody ever reads or writes on it.
		try (java.net.ServerSocket hung = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
			org.springframework.mail.javamail.JavaMailSenderImpl sameSettings = new org.springframework.mail.javamail.JavaMailSenderImpl();
			sameSettings.setHost("127.0.0.1");
			sameSettings.setPort(hung.getLocalPort());
			sameSettings.setJavaMailProperties(mailSender.getJavaMailProperties());
			org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
			mail.setFrom("sesu@femmesetsante.be");
			mail.setTo("personne@example.org");
			mail.setSubject("Test");
			mail.setText("Test");
			long start = System.nanoTime();
			org.assertj.core.api.Assertions.assertThatExceptionOfType(org.springframework.mail.MailException.class)
				.isThrownBy(() -> sameSettings.send(mail));
			double seconds = (System.nanoTime() - start) / 1e9;
			assertThat(seconds).as("gave up after the read timeout (10 s), not before, not much later").isBetween(9.0, 20.0);
		}
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
