package be.femmesetsante.sesu;

import be.femmesetsante.sesu.support.TestDatabaseConfiguration;

import org.springframework.boot.SpringApplication;

/** {@code ./mvnw spring-boot:test-run}: the portal on the tests' database (Testcontainers or embedded). */
public class TestPortalApplication {

	public static void main(String[] args) {
		SpringApplication.from(PortalApplication::main).with(TestDatabaseConfiguration.class).run(args);
	}

}
