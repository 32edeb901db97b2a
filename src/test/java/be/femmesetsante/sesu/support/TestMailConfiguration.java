package be.femmesetsante.sesu.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** Starts the tests' SMTP server before the portal could send anything to it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean
	@Lazy(false)
	Object testMailboxStarted() {
		TestMailbox.start();
		return TestMailbox.class;
	}

}
