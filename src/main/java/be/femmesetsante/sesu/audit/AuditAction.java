package be.femmesetsante.sesu.audit;

/** What an audit row records. Its label is {@code audit.action.<NAME>} in the bundles. */
public enum AuditAction {
	PAGE_READ, DOCUMENT_READ, EXPORT_READ,
	SUBMITTED, LEAD_ASSIGNED, ACCEPTED, STARTED, CLOSED, DECLINED, REDIRECTED, WITHDRAWN, REOPENED, CORRECTED,
	MESSAGE_POSTED, DOCUMENT_SHARED,
	SESSION_LOGGED, CONTACT_NOTED, NEXT_ACTION_PLANNED, NEXT_ACTION_DONE, TIME_LOGGED, WORKSHOP_JOINED,
	WORKSHOP_COUNTED, CASEWORK_CORRECTED,
	SIGN_IN, SIGN_IN_FAILED,
	ANONYMISED;

	public String messageKey() {
		return "audit.action." + name();
	}

	/** A read of a request, not a change. */
	public boolean isRead() {
		return this == PAGE_READ || this == DOCUMENT_READ || this == EXPORT_READ;
	}

	static AuditAction parse(String value) {
		try {
			return value == null || value.isBlank() ? null : valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
