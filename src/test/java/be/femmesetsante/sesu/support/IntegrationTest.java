package be.femmesetsante.sesu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import be.femmesetsante.testsupport.TestErrorRoutes;

/**
 * The one Spring test configuration of the suite: the whole portal on a real PostgreSQL, on a
 * random port, sending its mails to a real SMTP server ({@link TestMailbox}). Every integration, access and browser test uses it, so the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1",
				// Argon2id cheaper than production's OWASP settings, so creating accounts stays fast.
				"sesu.password.argon2.memory-kib=8192", "sesu.password.argon2.iterations=1",
				// Counts the SQL statements Hibernate sends, per thread, when a test asks (StatementCounter).
				"spring.jpa.properties.hibernate.session_factory.statement_inspector=be.femmesetsante.sesu.support.StatementCounter" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestMailConfiguration.class, TestErrorRoutes.class,
		StatementCounting.class })
public @interface IntegrationTest {

}
