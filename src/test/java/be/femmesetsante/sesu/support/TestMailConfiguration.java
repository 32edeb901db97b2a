package be.femmesetsante.sesu.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Points Boot's real mail sender at the tests' SMTP server ({@link TestMailbox}), on the free port
 * it got, so several test JVMs (or a running portal) never fight over a fixed port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean
	static BeanPostProcessor mailSenderToTestMailbox() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JavaMailSenderImpl sender) {
					sender.setHost("127.0.0.1");
					sender.setPort(TestMailbox.port());
				}
				return bean;
			}
		};
	}

}
