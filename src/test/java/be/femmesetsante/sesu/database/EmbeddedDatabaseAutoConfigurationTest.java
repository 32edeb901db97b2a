package be.femmesetsante.sesu.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run's database: started only when nothing else is configured, and its data kept. */
class EmbeddedDatabaseAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class));

	@Test
	void aConfiguredServerMeansNoEmbeddedDatabase() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/sesu")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class)
				.doesNotHaveBean(JdbcConnectionDetails.class));
	}

	@Test
	void itCanBeSwitchedOff() {
		runner.withPropertyValues("sesu.embedded-database.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void dataSurviveARestartInTheDataFolder(@TempDir Path folder) {
		String directory = "sesu.embedded-database.directory=" + folder.resolve("postgres");
		runner.withPropertyValues(directory).run(context -> {
			assertThat(context).hasSingleBean(EmbeddedPostgres.class);
			try (Connection connection = connect(context.getBean(JdbcConnectionDetails.class));
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (word text)");
				statement.execute("insert into kept values ('bonjour')");
			}
		});
		runner.withPropertyValues(directory).run(context -> {
			try (Connection connection = connect(context.getBean(JdbcConnectionDetails.class));
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select word, version() from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("bonjour");
				assertThat(rows.getString(2)).startsWith("PostgreSQL 17.");
			}
		});
	}

	private static Connection connect(JdbcConnectionDetails details) throws Exception {
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

}
