package be.femmesetsante.sesu.shared;

import java.util.List;

/**
 * Someone changed something on a request that has no event of its own (casework entries: sessions,
 * contacts, next actions, time, workshop participation). Published inside the changing transaction;
 * the audit trail records it synchronously, in that same transaction.
 *
 * @param action what was done, e.g. {@code SESSION_LOGGED}
 * @param fields the names of the fields written, never their content
 */
public record CaseChanged(long actorAccountId, String reference, String action, List<String> fields) {

	public CaseChanged {
		fields = List.copyOf(fields);
	}
}
