package be.femmesetsante.sesu;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of DESIGN.md stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("account", "web", "database");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
