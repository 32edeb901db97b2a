package be.femmesetsante.sesu.casework.followup;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.shared.ReferenceList;

/** The activities of time spent, a reference list of casework (table {@code activity_entry}, V25). */
@Configuration(proxyBeanMethods = false)
class ActivityList {

	static final String NAME = "activities";

	@Bean(NAME)
	ReferenceList activities(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new ReferenceList(NAME, "activity_entry", Activity.MESSAGE_PREFIX, jdbc, clock.getIfAvailable(Clock::systemUTC));
	}
}
