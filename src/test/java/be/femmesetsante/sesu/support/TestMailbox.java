package be.femmesetsante.sesu.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * A real SMTP server (GreenMail) that the portal sends its mails to in tests: one per test JVM, on a
 * free port that {@link TestMailConfiguration} gives to Boot's mail sender.
 */
public final class TestMailbox {

	private static GreenMail server;

	private static final Pattern SIGN_IN_LINK = Pattern.compile("https?://\\S+/login/ott\\?token=[\\w-]+");

	private TestMailbox() {
	}

	static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
	}

	private static int port;

	private static boolean away;

	public static synchronized int port() {
		start();
		port = server.getSmtp().getPort();
		return port;
	}

	/** The SMTP server goes away (a fault test): connections to its port are refused until {@link #comeBack()}. */
	public static synchronized void goAway() {
		port();
		server.stop();
		away = true;
	}

	/** The SMTP server is back, on the same port, with an empty mailbox. */
	public static synchronized void comeBack() {
		if (!away) {
			return;
		}
		away = false;
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	/** Every mail received so far for this address, oldest first. */
	public static List<Message> mailsTo(String address) {
		start();
		return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).map(Message.class::cast).toList();
	}

	/** Waits (mails leave after commit, asynchronously) for the n-th mail to this address. */
	public static Message awaitMail(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			List<Message> mails = mailsTo(address);
			if (mails.size() >= count) {
				return mails.get(count - 1);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("No mail number " + count + " for " + address + " within 15 s");
	}

	/** Waits for a mail to this address whose subject contains the given words (mails may arrive in any order). */
	public static Message awaitMailAbout(String address, String subjectPart) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			var found = mailsTo(address).stream().filter(m -> subject(m).contains(subjectPart)).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("No mail about '" + subjectPart + "' for " + address + " within 15 s");
	}

	/** The decoded text of a plain-text mail. */
	public static String body(Message message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The sign-in link in the n-th mail to this address, or in the next ones: mails are sent after
	 * commit by listeners running side by side, so a status mail may arrive just before the link.
	 */
	public static String signInLink(String address, int count) {
		String body = body(awaitMail(address, count));
		for (int next = count + 1; next <= count + 3; next++) {
			Matcher link = SIGN_IN_LINK.matcher(body);
			if (link.find()) {
				return link.group();
			}
			body = body(awaitMail(address, next));
		}
		Matcher link = SIGN_IN_LINK.matcher(body);
		if (!link.find()) {
			throw new AssertionError("No sign-in link in: " + body);
		}
		return link.group();
	}

	public static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isFor(Message message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
