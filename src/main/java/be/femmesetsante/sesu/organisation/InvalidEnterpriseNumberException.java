package be.femmesetsante.sesu.organisation;

import be.femmesetsante.sesu.shared.Refusal;

/**
 * An enterprise number that cannot be right. The reason tells the person what to check: the
 * shape of what was typed, or a digit (the last two digits are a check on the first eight). A
 * {@link Refusal} of the form's {@code enterpriseNumber} field; what was typed is not put in the
 * exception's message, so it stays out of logs.
 */
public class InvalidEnterpriseNumberException extends Refusal {

	/** The form field this refusal belongs to. */
	static final String FIELD = "enterpriseNumber";

	public enum Reason {
		/** Not ten digits starting with 0 or 1 (an optional "BE", dots and spaces are fine). */
		FORMAT("organisation.error.enterpriseNumber.format"),
		/** Ten digits, but the check digits do not match: most likely a typing slip. */
		CHECK_DIGITS("organisation.error.enterpriseNumber.checkDigits");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final Reason reason;

	public InvalidEnterpriseNumberException(Reason reason) {
		super(reason.messageKey(), FIELD);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
