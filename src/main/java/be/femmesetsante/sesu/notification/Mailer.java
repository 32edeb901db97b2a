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

/**
 * Writes a plain-text mail from the bundles in the recipient's language and sends it. With no SMTP
 * server configured (the default embedded run), the mail is written to the log instead, so a
 * developer can still follow a sign-in link.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, @Value("${sesu.mail.from}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
	}

	/**
	 * Sends {@code mail.<name>.subject} and {@code mail.<name>.body} (with its arguments) followed by
	 * the common signature. A failure is thrown, so the event publication stays incomplete and is
	 * retried later.
	 */
	void send(String to, Locale locale, String name, Object... arguments) {
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
