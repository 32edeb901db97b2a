package be.femmesetsante.sesu.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements sent on the current thread while {@link #count} runs, whoever sends them:
 * Hibernate (entity loads, JPQL, native queries), {@code JdbcClient}/{@code JdbcTemplate}, Spring
 * Session's store. Counted where statements are made, on the JDBC connection ({@link #dataSources()}
 * wraps the application's DataSource for the whole test context, see {@link IntegrationTest}), so a
 * test can prove a page needs the same number of statements whatever the database holds. It changes
 * no statement and costs nothing when no test is counting. Also registered as Hibernate's statement
 * inspector, which counts nothing any more (the connection does) but keeps the property valid.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	private static final ThreadLocal<List<Captured>> CAPTURED = new ThreadLocal<>();

	/** A statement as prepared, with the values bound to its parameters (1-based, in order). */
	public record Captured(String sql, java.util.SortedMap<Integer, Object> parameters) {

		public Object[] values() {
			return parameters.values().toArray();
		}
	}

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	@Override
	public String inspect(String sql) {
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

	/** Runs {@code work} and returns the SQL of the statements it prepared from this thread, in order. */
	public static List<Captured> capture(Runnable work) {
		List<Captured> sql = new ArrayList<>();
		CAPTURED.set(sql);
		try {
			work.run();
		}
		finally {
			CAPTURED.remove();
		}
		return sql;
	}

	/** Wraps every DataSource of the context so the connections it hands out count their statements. */
	public static BeanPostProcessor dataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (STATEMENT_METHODS.contains(method.getName())) {
							int[] count = COUNT.get();
							if (count != null) {
								count[0]++;
							}
							List<Captured> captured = CAPTURED.get();
							if (captured != null && args != null && args.length > 0 && args[0] instanceof String sql) {
								Captured statement = new Captured(sql, new java.util.TreeMap<>());
								captured.add(statement);
								Object made = invoke(connection, method, args);
								return made instanceof java.sql.PreparedStatement prepared ? recording(prepared, statement)
										: made;
							}
						}
						if (method.getName().equals("unwrap") && args[0] instanceof Class<?> type
								&& type.isInstance(connection)) {
							return connection;
						}
						return invoke(connection, method, args);
					});
		}

		/** The values a captured statement is given, by parameter index. */
		private static java.sql.PreparedStatement recording(java.sql.PreparedStatement statement, Captured captured) {
			return (java.sql.PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { java.sql.PreparedStatement.class }, (proxy, method, args) -> {
						if (method.getName().startsWith("set") && args != null && args.length >= 2
								&& args[0] instanceof Integer index) {
							captured.parameters().put(index, method.getName().equals("setNull") ? null : args[1]);
						}
						return invoke(statement, method, args);
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}
	}
}
