package be.femmesetsante.sesu.organisation;

/**
 * An enterprise number that cannot be right. The reason tells the person what to check: the
 * shape of what was typed, or a digit (the last two digits are a check on the first eight).
 */
public class InvalidEnterpriseNumberException extends RuntimeException {

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

	public InvalidEnterpriseNumberException(Reason reason, String input) {
		super("Invalid enterprise number (" + reason + "): " + input);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey();
	}
}
