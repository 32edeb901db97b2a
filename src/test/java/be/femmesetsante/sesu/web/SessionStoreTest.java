package be.femmesetsante.sesu.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that changes nothing in its session does not write it back, unless the stored last access
 * time is a minute old; any other change is written at once; and the index by person still ends a
 * person's sessions (the real repository, on the real session table).
 */
@IntegrationTest
class SessionStoreTest {

	// Raw: the bean is declared as Spring Session's JDBC repository, whose session type is private.
	@Autowired
	@SuppressWarnings({ "rawtypes", "unchecked" })
	FindByIndexNameSessionRepository sessions;

	@Autowired
	JdbcClient db;

	@Test
	void theSessionFilterGetsTheQuietRepository() {
		assertThat(sessions).isInstanceOf(SessionStore.QuietSessions.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReadOnlyPageLeavesTheStoredSessionUntouchedForAMinuteThenWritesItsLastAccess() {
		Session session = (Session) sessions.createSession();
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		session.setLastAccessedTime(start);
		sessions.save(session);
		assertThat(storedLastAccess(session.getId())).isEqualTo(start.toEpochMilli());

		Session again = (Session) sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(30));
		sessions.save(again);
		assertThat(storedLastAccess(session.getId())).isEqualTo(start.toEpochMilli());

		Session later = (Session) sessions.findById(session.getId());
		later.setLastAccessedTime(start.plusSeconds(61));
		sessions.save(later);
		assertThat(storedLastAccess(session.getId())).isEqualTo(start.plusSeconds(61).toEpochMilli());
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChangedAttributeIsWrittenAtOnceWithItsLastAccess() {
		Session session = (Session) sessions.createSession();
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		session.setLastAccessedTime(start);
		sessions.save(session);

		Session again = (Session) sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(5));
		again.setAttribute("sesu.test", "gardé");
		sessions.save(again);

		assertThat((String) sessions.findById(session.getId()).getAttribute("sesu.test")).isEqualTo("gardé");
		assertThat(storedLastAccess(session.getId())).isEqualTo(start.plusSeconds(5).toEpochMilli());

		Session removing = (Session) sessions.findById(session.getId());
		removing.removeAttribute("sesu.test");
		sessions.save(removing);
		assertThat((Object) sessions.findById(session.getId()).getAttribute("sesu.test")).isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPersonsSessionsAreStillFoundByTheirNameAndEnded() {
		String name = "session-store-" + System.nanoTime() + "@example.org";
		Session session = (Session) sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
		sessions.save(session);

		assertThat(sessions.findByPrincipalName(name)).containsOnlyKeys(session.getId());
		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(sessions.findByPrincipalName(name)).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeAtOnceBothSucceed() {
		Session session = (Session) sessions.createSession();
		sessions.save(session);
		Session first = (Session) sessions.findById(session.getId());
		Session second = (Session) sessions.findById(session.getId());
		first.setAttribute("sesu.test.both", "un");
		second.setAttribute("sesu.test.both", "deux");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) ((Session) sessions.findById(session.getId())).getAttribute("sesu.test.both")).isEqualTo("deux");
	}

	private long storedLastAccess(String id) {
		return db.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
