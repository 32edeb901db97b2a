package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Refusal;

/**
 * An organisation the service cannot register or update as given. The reason's message key says
 * what to do next; nothing was saved. A {@link Refusal}: the page puts it beside its field, or at
 * the top of the form when it has none.
 */
public class OrganisationException extends Refusal {

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
		/** A sector no longer (or never) offered, other than the one the organisation has. */
		SECTOR_NOT_OFFERED("reference.error.notOffered"),
		/** A text longer than its column. */
		TOO_LONG("organisation.error.tooLong"),
		/** No organisation with this id. */
		NOT_FOUND("organisation.error.notFound"),
		/**
		 * Someone else saved the organisation since this edit started (its version moved on): saving
		 * would silently undo their change, so nothing is saved and the person compares first.
		 */
		CONCURRENT_CHANGE("organisation.error.concurrentChange");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final Reason reason;

	public OrganisationException(Reason reason, String field) {
		super(reason.messageKey(), field);
		this.reason = reason;
	}

	public OrganisationException(Reason reason) {
		this(reason, null);
	}

	public Reason reason() {
		return reason;
	}
}
