package be.femmesetsante.sesu.notification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Outside development no sign-in link or code is written to a log: a start without an SMTP server
 * fails, unless {@code sesu.mail.write-to-log=true} says this is development, which
 * {@code ./mvnw spring-boot:run} (pom.xml) and the demo profile say, and nothing else.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailOutsideDevelopmentTest {

	private static final ObjectProvider<JavaMailSender> NO_SMTP = new DefaultListableBeanFactory()
		.getBeanProvider(JavaMailSender.class);

	/** A sign-in mail is written in the page's language: no account is looked up (none exists here). */
	private static final be.femmesetsante.sesu.account.Accounts NO_ACCOUNTS = null;

	@Test
	void withoutAnSmtpServerAndWithoutTheDevelopmentSwitchThePortalDoesNotStart() {
		assertThatIllegalStateException().isThrownBy(() -> new Mailer(NO_SMTP, messages(), "from@example.org", false, NO_ACCOUNTS))
			.withMessageContaining("SPRING_MAIL_HOST")
			.withMessageContaining("SESU_MAIL_WRITE_TO_LOG");
	}

	@Test
	void inDevelopmentWithoutAnSmtpServerTheMailGoesToTheLog(CapturedOutput output) {
		new Mailer(NO_SMTP, messages(), "from@example.org", true, NO_ACCOUNTS).sendInPageLanguage("dev@example.org", Locale.FRENCH, "signInLink",
				"http://localhost:8080/login/ott?token=dev-token");
		assertThat(output.getAll()).contains("dev-token");
	}

	@Test
	void onlyTheDevelopmentRunsSwitchTheLogOn() throws Exception {
		assertThat(read("application.properties")).contains("sesu.mail.write-to-log=false");
		assertThat(read("application-demo.properties")).contains("sesu.mail.write-to-log=true");
		String pom = Files.readString(Path.of("pom.xml"));
		String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
		plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
		assertThat(plugin).as("./mvnw spring-boot:run, the README's first command")
			.contains("<sesu.mail.write-to-log>true</sesu.mail.write-to-log>");
	}

	private static String read(String resource) throws Exception {
		return new String(new ClassPathResource(resource).getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		messages.addMessage("mail.signInLink.body", Locale.FRENCH, "Lien : {0}");
		// Sign-in mails are written in the page's language, French of Belgium by default.
		messages.addMessage("mail.signInLink.body", be.femmesetsante.sesu.account.Language.FRENCH.locale(), "Lien : {0}");
		return messages;
	}

}
