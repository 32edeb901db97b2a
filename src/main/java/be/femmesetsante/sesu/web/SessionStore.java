package be.femmesetsante.sesu.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions stay in PostgreSQL (Spring Session JDBC, shared by every node), but a page that changes
 * nothing in its session no longer writes it back. Spring Session marks a session changed on every
 * request, only because its last access time moved, so each signed-in page paid an UPDATE and a
 * commit (benchmark, issue 13). Here that time is written when something else changed, or once it
 * is {@link #LAST_ACCESS_PRECISION} old: the 30-minute idle timeout may then end a session up to
 * that much early, which the idle warning (shown two minutes before) absorbs.
 * <p>
 * Everything else goes to Spring Session's repository unchanged, including the index by principal
 * name that ends a person's sessions on every node ({@code account/OpenSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** Session attribute set by "Rester connecté·e": the session and its last access are written at once. */
	static final String EXTENDED_AT = "sesu.session.extendedAt";

	/** How stale the stored last access time may be before a read-only page writes it. */
	static final Duration LAST_ACCESS_PRECISION = Duration.ofSeconds(60);

	/**
	 * Two requests of one session that add the same attribute at once (two tabs, a double click on
	 * "Rester connecté·e") would both INSERT it, and the second would fail with a duplicate key (a
	 * 500): on PostgreSQL, Spring Session's own customizer makes that INSERT an upsert.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Wraps the repository Spring Boot configures (table, timeout, clean-up, serialisation stay
	 * Boot's). A post-processor rather than a bean of our own: any other session repository bean
	 * would make Boot's JDBC session configuration step back entirely.
	 */
	@Bean
	static BeanPostProcessor quietSessions() {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings("unchecked") // its sessions are a private type of Spring Session's, only passed back to it
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository jdbc
						? new QuietSessions((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc)
						: bean;
			}
		};
	}

	/** Spring Session's JDBC repository, writing a session back only when it has to. */
	static final class QuietSessions implements FindByIndexNameSessionRepository<QuietSession> {

		private final FindByIndexNameSessionRepository<Session> delegate;

		QuietSessions(FindByIndexNameSessionRepository<Session> delegate) {
			this.delegate = delegate;
		}

		@Override
		public QuietSession createSession() {
			QuietSession session = new QuietSession(delegate.createSession(), null);
			session.changed = true;
			return session;
		}

		@Override
		public void save(QuietSession session) {
			if (session.mustBeWritten()) {
				delegate.save(session.delegate);
				session.written();
			}
		}

		@Override
		public QuietSession findById(String id) {
			Session found = delegate.findById(id);
			return found == null ? null : new QuietSession(found, found.getLastAccessedTime());
		}

		@Override
		public void deleteById(String id) {
			delegate.deleteById(id);
		}

		@Override
		public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, QuietSession> found = new LinkedHashMap<>();
			delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> found.put(id, new QuietSession(session, session.getLastAccessedTime())));
			return found;
		}

	}

	/** A stored session that remembers whether anything but its last access time changed. */
	static final class QuietSession implements Session {

		private final Session delegate;

		/** The last access time as stored; null for a session not stored yet. */
		private Instant storedLastAccess;

		private boolean changed;

		QuietSession(Session delegate, Instant storedLastAccess) {
			this.delegate = delegate;
			this.storedLastAccess = storedLastAccess;
		}

		boolean mustBeWritten() {
			return changed || storedLastAccess == null
					|| Duration.between(storedLastAccess, delegate.getLastAccessedTime())
						.compareTo(LAST_ACCESS_PRECISION) >= 0;
		}

		void written() {
			changed = false;
			storedLastAccess = delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changed = true;
			delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(delegate.getMaxInactiveInterval())) {
				changed = true;
			}
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}

	}

}
