package be.femmesetsante.sesu.database;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts PostgreSQL 17 from binaries on the classpath when no database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with no database server and no Docker.
 * <p>
 * It is an auto-configuration (not a plain configuration) so that it yields to any
 * {@link JdbcConnectionDetails} the application or a test provides, and to
 * {@code spring.datasource.url}. It only hands its JDBC URL to Boot's HikariCP pool: the
 * library's own DataSource opens a connection per call and is ten times slower.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
// SPRING_DATASOURCE_URL (or the property) names a real server: then nothing starts here.
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnBooleanProperty(name = "sesu.embedded-database.enabled", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean({ JdbcConnectionDetails.class, EmbeddedPostgres.class })
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = properties.directory().toAbsolutePath().normalize();
		log.info("No spring.datasource.url set: starting the embedded PostgreSQL 17, data kept in {}", directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// Spring stops it, after the connection pool that depends on it; the library's own
			// shutdown hook would race with the pool and leave it waiting for a dead server.
			.setRegisterShutdownHook(false)
			.start();
		log.info("Embedded PostgreSQL ready at {}", postgres.getJdbcUrl("postgres", "postgres"));
		return postgres;
	}

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedJdbcConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"));
	}

	record EmbeddedJdbcConnectionDetails(String getJdbcUrl) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return "postgres";
		}

		@Override
		public String getPassword() {
			return "";
		}

	}

}
