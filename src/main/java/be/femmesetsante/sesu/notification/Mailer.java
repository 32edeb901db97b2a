package be.femmesetsante.sesu.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.Language;

/**
 * Writes a plain-text mail from the bundles in the recipient's language and sends it. The language
 * is decided here, in one place ({@link #send}): a mail to an address that belongs to an account is
 * in the language that account keeps ("Mon compte"), whatever locale the caller passed or page
 * anyone was on; the locale passed counts only for an address no account has (a team's shared
 * mailbox: French). One exception, {@link #sendInPageLanguage}: a sign-in link or code answers the
 * page the person is on, in that page's language. Arguments that depend on the language (a status
 * name, a date) are given as a {@link org.springframework.context.MessageSourceResolvable} or an
 * {@link InLanguage}, and written in the mail's language. 
 * <p>
 * With no SMTP server configured ({@code spring.mail.host} unset), the portal does not start, unless
 * {@code sesu.mail.write-to-log=true} says this is development: then mails, with their sign-in links
 * and codes, are written to the log. {@code ./mvnw spring-boot:run} sets it (pom.xml) and so does the
 * demo profile; a production start ({@code java -jar}, the image) does not, so a forgotten SMTP set-up
 * is a start-up error rather than sign-in links in the production log. With an SMTP server, nothing
 * is ever written to the log.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String from;

	private final Accounts accounts;

	/** The teams' shared mailboxes: French, the portal's first language. */
	static final Locale TEAM_LOCALE = Language.FRENCH.locale();

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, @Value("${sesu.mail.from}") String from,
			@Value("${sesu.mail.write-to-log:false}") boolean writeToLog, Accounts accounts) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.accounts = accounts;
		if (sender.getIfAvailable() == null && !writeToLog) {
			throw new IllegalStateException("""
					No SMTP server is configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, _USERNAME, _PASSWORD). \
					For development only, SESU_MAIL_WRITE_TO_LOG=true writes mails, with their sign-in links and \
					codes, to the log instead (./mvnw spring-boot:run and the demo profile set it).""");
		}
	}

	/** An argument written in the mail's language (e.g. a date). */
	@FunctionalInterface
	interface InLanguage {

		Object in(Locale locale);

	}

	/** To a person by account, in their language; nothing when the account is gone or deleted. */
	void toAccount(long accountId, String name, Object... arguments) {
		accounts.mailRecipient(accountId)
			.ifPresent(recipient -> send(recipient.email(), recipient.language().locale(), name, arguments));
	}

	/**
	 * The one exception: what signing in needs (a link, a code) answers the page the person is on
	 * right now, so it is written in that page's language, not the account's.
	 */
	void sendInPageLanguage(String to, Locale page, String name, Object... arguments) {
		write(to, Language.of(page).locale(), name, arguments);
	}

	/** To a team's shared mailbox, in French. */
	void toTeam(String mailbox, String name, Object... arguments) {
		send(mailbox, TEAM_LOCALE, name, arguments);
	}

	/**
	 * Sends, in the language of the account that has the address {@code to}, or in {@code otherwise}
	 * when no account has it (a team's mailbox), {@code mail.<name>.subject} and
	 * {@code mail.<name>.body} (with its arguments) followed by
	 * the common signature. A failure is thrown, so the event publication stays incomplete and is
	 * retried later.
	 */
	void send(String to, Locale otherwise, String name, Object... arguments) {
		// The one place that decides a mail's language: the account's with this address, if any.
		write(to, accounts.languageOf(to).map(Language::locale).orElse(Language.of(otherwise).locale()), name,
				arguments);
	}

	private void write(String to, Locale locale, String name, Object... arguments) {
		Object[] written = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			written[i] = arguments[i] instanceof InLanguage inLanguage ? inLanguage.in(locale) : arguments[i];
		}
		arguments = written;
		String subject = messages.getMessage("mail." + name + ".subject", arguments, locale);
		String body = messages.getMessage("mail." + name + ".body", arguments, locale) + "\n\n"
				+ messages.getMessage("mail.signature", null, locale);
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("""

					---- Mail (no SMTP server configured, so written here) ----
					To: {}
					Subject: {}

					{}
					------------------------------------------------------------""", to, subject, body);
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(body);
		smtp.send(mail);
	}

}
