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
 * Writes a plain-text mail from the bundles in the recipient's language and sends it.
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

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, @Value("${sesu.mail.from}") String from,
			@Value("${sesu.mail.write-to-log:false}") boolean writeToLog) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		if (sender.getIfAvailable() == null && !writeToLog) {
			throw new IllegalStateException("""
					No SMTP server is configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, _USERNAME, _PASSWORD). \
					For development only, SESU_MAIL_WRITE_TO_LOG=true writes mails, with their sign-in links and \
					codes, to the log instead (./mvnw spring-boot:run and the demo profile set it).""");
		}
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
