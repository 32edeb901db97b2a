package be.femmesetsante.sesu.organisation;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.shared.ReferenceList;

/** The sectors, a reference list of the organisation module (table {@code sector_entry}, V25). */
@Configuration(proxyBeanMethods = false)
class SectorList {

	static final String NAME = "sectors";

	@Bean(NAME)
	ReferenceList sectors(JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new ReferenceList(NAME, "sector_entry", Sector.MESSAGE_PREFIX, jdbc, clock.getIfAvailable(Clock::systemUTC));
	}
}
