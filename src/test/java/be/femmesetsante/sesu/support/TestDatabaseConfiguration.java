package be.femmesetsante.sesu.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides which real PostgreSQL 17 the tests use: a Testcontainers
 * {@code postgres:17} when a Docker engine answers, otherwise the embedded PostgreSQL 17 binaries,
 * started once per test JVM in a throw-away folder. Never H2. The log says which.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TestDatabaseConfiguration.class);

	@Bean
	@ServiceConnection
	@Conditional(DockerAnswers.class)
	PostgreSQLContainer postgresContainer() {
		log.info("Test database: Testcontainers postgres:17 (a Docker engine answered)");
		return new PostgreSQLContainer("postgres:17");
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return SharedEmbeddedPostgres.connectionDetails();
	}

	/**
	 * One embedded server per JVM, shared by every cached Spring context. Each context's connection
	 * details hold a lease and give it back when the context closes (after its connection pool, which
	 * depends on them); the last one out stops the server. Stopping it earlier, from the library's own
	 * shutdown hook, would leave the pools waiting for a dead server.
	 */
	static final class SharedEmbeddedPostgres {

		private static EmbeddedPostgres postgres;

		private static int leases;

		static synchronized JdbcConnectionDetails connectionDetails() {
			if (postgres == null) {
				log.info("Test database: embedded PostgreSQL 17 (no Docker engine answered)");
				try {
					postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				Runtime.getRuntime().addShutdownHook(new Thread(SharedEmbeddedPostgres::stopWhenContextsAreClosed));
			}
			leases++;
			return new Lease(postgres.getJdbcUrl("postgres", "postgres"));
		}

		static synchronized void release() {
			leases--;
			if (leases == 0) {
				stop();
			}
		}

		/** Last resort, for a context that failed to start and never gave its lease back. */
		private static void stopWhenContextsAreClosed() {
			long deadline = System.nanoTime() + 20_000_000_000L;
			while (System.nanoTime() < deadline) {
				synchronized (SharedEmbeddedPostgres.class) {
					if (postgres == null) {
						return;
					}
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			stop();
		}

		private static synchronized void stop() {
			if (postgres != null) {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Could not stop the embedded PostgreSQL", ex);
				}
				postgres = null;
			}
		}

		/** The connection details Boot's pool uses; Spring calls {@link #close()} when the context closes. */
		record Lease(String getJdbcUrl) implements JdbcConnectionDetails, AutoCloseable {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public void close() {
				release();
			}

		}

	}

	static final class DockerAnswers implements Condition {

		private static Boolean available;

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

		static synchronized boolean dockerAvailable() {
			if (available == null) {
				try {
					available = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException ex) {
					available = false;
				}
			}
			return available;
		}

	}

	static final class NoDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerAnswers.dockerAvailable();
		}

	}

}
