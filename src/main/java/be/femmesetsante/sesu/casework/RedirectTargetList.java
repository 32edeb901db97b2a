package be.femmesetsante.sesu.casework;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.shared.ReferenceList;

/**
 * The services a request can be redirected to, a reference list of casework (table
 * {@code redirect_target}, V8 and V25). A request keeps the code of the service (labels under
 * {@code redirect.target.<code>}), or the text of one typed by hand.
 */
@Configuration(proxyBeanMethods = false)
class RedirectTargetList {

	static final String NAME = "redirects";

	static final String MESSAGE_PREFIX = "redirect.target.";

	@Bean(NAME)
	ReferenceList redirectTargets(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new ReferenceList(NAME, "redirect_target", MESSAGE_PREFIX, jdbc, clock.getIfAvailable(Clock::systemUTC));
	}
}
