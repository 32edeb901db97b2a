package be.femmesetsante.sesu.request;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.shared.ReferenceList;

/** The kinds of support, a reference list of the request module (table {@code support_kind_entry}, V25). */
@Configuration(proxyBeanMethods = false)
class SupportKindList {

	static final String NAME = "kinds";

	@Bean(NAME)
	ReferenceList supportKinds(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new ReferenceList(NAME, "support_kind_entry", SupportKind.MESSAGE_PREFIX, jdbc,
				clock.getIfAvailable(Clock::systemUTC));
	}
}
