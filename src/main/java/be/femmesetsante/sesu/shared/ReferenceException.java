package be.femmesetsante.sesu.shared;

/** A change to a reference list that is refused; nothing was saved. */
public class ReferenceException extends Refusal {

	public static final String CODE_INVALID = "reference.error.code.invalid";
	public static final String CODE_TAKEN = "reference.error.code.taken";
	public static final String LABEL_REQUIRED = "reference.error.label.required";
	public static final String LABEL_TOO_LONG = "reference.error.label.tooLong";
	public static final String CONCURRENT_CHANGE = "reference.error.concurrentChange";
	public static final String NOT_OFFERED = "reference.error.notOffered";

	public ReferenceException(String messageKey, String field, Object... arguments) {
		super(messageKey, field, arguments);
	}
}
