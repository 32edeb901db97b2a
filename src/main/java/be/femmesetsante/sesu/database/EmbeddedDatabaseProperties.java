package be.femmesetsante.sesu.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on.
 *
 * @param directory the data folder; kept between runs (git-ignored {@code ./data/postgres} by default)
 * @param port the TCP port on localhost; 0 picks a free one at each start
 */
@ConfigurationProperties("sesu.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path directory, @DefaultValue("0") int port) {
}
