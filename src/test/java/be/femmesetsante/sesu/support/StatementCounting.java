package be.femmesetsante.sesu.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The test context's DataSource counts statements per thread when a test asks ({@link StatementCounter}). */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

	@Bean
	static BeanPostProcessor statementCountingDataSources() {
		return StatementCounter.dataSources();
	}
}
