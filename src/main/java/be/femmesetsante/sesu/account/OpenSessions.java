package be.femmesetsante.sesu.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's open sessions on every node at once: sessions live in PostgreSQL (Spring Session
 * JDBC), indexed by the signed-in person's name (their address), so deleting them there signs the
 * person out wherever they are. Used when an account is disabled, deleted, changes role or has its
 * second factor reset.
 */
@Component
class OpenSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	OpenSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** @return how many sessions were ended */
	int endAllOf(String email) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var open = repository.findByPrincipalName(email).keySet();
		open.forEach(repository::deleteById);
		return open.size();
	}

}
