package be.femmesetsante.sesu.organisation;

/**
 * An organisation the service cannot register or update as given. The reason's message key says
 * what to do next; nothing was saved.
 */
public class OrganisationException extends RuntimeException {

	public enum Reason {
		/** Not a Belgian postal code. */
		POSTAL_CODE_INVALID("organisation.error.postalCode.invalid"),
		/** Flanders: outside the service's area. */
		OUTSIDE_AREA("organisation.error.postalCode.outsideArea"),
		/** Another organisation already has this enterprise number. */
		ENTERPRISE_NUMBER_TAKEN("organisation.error.enterpriseNumber.taken"),
		/** A required field (name, sector, address, contact name) is blank. */
		REQUIRED("organisation.error.required"),
		/** Sector "other" without saying which. */
		SECTOR_OTHER_REQUIRED("organisation.error.sectorOther.required"),
		/** A text longer than its column. */
		TOO_LONG("organisation.error.tooLong"),
		/** No organisation with this id. */
		NOT_FOUND("organisation.error.notFound");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final Reason reason;
	private final String field;

	public OrganisationException(Reason reason, String field) {
		super(reason + (field == null ? "" : " (" + field + ")"));
		this.reason = reason;
		this.field = field;
	}

	public OrganisationException(Reason reason) {
		this(reason, null);
	}

	public Reason reason() {
		return reason;
	}

	/** The form field at fault, so the page can put the message next to it; may be null. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return reason.messageKey();
	}
}
