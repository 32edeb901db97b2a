package be.femmesetsante.sesu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the benchmark's data set ({@code bench/seed.sql}, set-based SQL) into an empty database,
 * before the portal reports itself ready, and logs how long it took on a line {@code bench/run}
 * reads ({@code BENCH seeded in ... s}). The staff and partner accounts get the password the run
 * passes in {@code sesu.bench.password}; professionals sign in by e-mailed link as everywhere.
 */
@Component
@Profile("bench")
class BenchDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchDataSeeder.class);

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final String password;

	BenchDataSeeder(JdbcTemplate jdbc, PasswordEncoder passwords, @Value("${sesu.bench.password}") String password) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Integer organisations = jdbc.queryForObject("select count(*) from organisation_summary_view", Integer.class);
		if (organisations != null && organisations > 0) {
			log.info("BENCH data already there ({} organisations): not seeded", organisations);
			return;
		}
		long start = System.nanoTime();
		int firstYear = Year.now(Clock.systemUTC()).getValue() - 5;
		String sql = new ClassPathResource("bench/seed.sql").getContentAsString(StandardCharsets.UTF_8)
			.replace("{{first_year}}", Integer.toString(firstYear))
			.replace("{{password_hash}}", passwords.encode(password));
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
				new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
		populator.setSqlScriptEncoding("UTF-8");
		populator.execute(jdbc.getDataSource());
		jdbc.execute("vacuum analyze");
		double seconds = (System.nanoTime() - start) / 1e9;
		log.info("BENCH seeded in {} s (first year {})", String.format(java.util.Locale.ROOT, "%.1f", seconds),
				firstYear);
	}

}
