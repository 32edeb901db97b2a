package be.femmesetsante.sesu.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while {@link #count} runs
 * (entity loads, JPQL and native queries alike), so a test can prove a page needs the same number
 * of statements whatever it holds. Registered for the whole test context by {@link IntegrationTest};
 * it changes no statement and costs nothing when no test is counting.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	@Override
	public String inspect(String sql) {
		int[] count = COUNT.get();
		if (count != null) {
			count[0]++;
		}
		return sql;
	}

	/** Runs {@code work} and returns how many statements it sent from this thread. */
	public static int count(Runnable work) {
		int[] count = new int[1];
		COUNT.set(count);
		try {
			work.run();
		}
		finally {
			COUNT.remove();
		}
		return count[0];
	}
}
