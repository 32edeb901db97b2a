package be.femmesetsante.sesu.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DemoDatabaseGuardTest {

	@Test
	void theDemoRunsOnTheEmbeddedDatabase() {
		assertThatCode(() -> new DemoDatabaseGuard("", false)).doesNotThrowAnyException();
	}

	@Test
	void theDemoRefusesARealDatabaseUnlessToldOtherwise() {
		assertThatIllegalStateException().isThrownBy(() -> new DemoDatabaseGuard("jdbc:postgresql://prod/sesu", false))
			.withMessageContaining("SESU_DEMO_ALLOW_EXTERNAL_DATABASE");
		assertThatCode(() -> new DemoDatabaseGuard("jdbc:postgresql://demo/sesu", true)).doesNotThrowAnyException();
	}

}
