package be.femmesetsante.sesu.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile creates an admin and prints its password: it must never touch a real database by
 * mistake. Against a configured server (not the embedded one) it refuses to start unless
 * {@code SESU_DEMO_ALLOW_EXTERNAL_DATABASE=true} says it is on purpose (a demo server, say).
 */
@Component
@Profile("demo")
class DemoDatabaseGuard {

	DemoDatabaseGuard(@Value("${spring.datasource.url:}") String datasourceUrl,
			@Value("${sesu.demo.allow-external-database:false}") boolean allowed) {
		if (!datasourceUrl.isBlank() && !allowed) {
			throw new IllegalStateException("The demo profile seeds demo accounts with a printed password; it refuses "
					+ "to run against " + datasourceUrl + ". Set SESU_DEMO_ALLOW_EXTERNAL_DATABASE=true if this "
					+ "database is meant for a demo.");
		}
	}

}
