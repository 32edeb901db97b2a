package be.femmesetsante.sesu.account;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * An account change an admin asked for and the rules refuse; nothing was changed. Shaped like
 * {@code shared.Refusal} (a message with a field), which the account module cannot extend: the
 * shared kernel depends on the account module, not the other way round.
 */
public class AccountRefusal extends RuntimeException implements MessageSourceResolvable {

	public enum Reason {
		/** The address already has an account. */
		EMAIL_TAKEN("email"),
		/** Invitations and role changes are for staff, partners and admins; professionals sign up by link. */
		NOT_A_TEAM_ROLE("role"),
		/** An admin does not disable themselves or change their own role (nobody could undo it). */
		SELF(null),
		/** A deleted account stays deleted. */
		DELETED(null),
		/** Only an account that has not set its password yet gets an invitation again. */
		NOT_INVITED(null),
		/** Professionals have no second factor to reset. */
		NO_SECOND_FACTOR(null);

		private final String field;

		Reason(String field) {
			this.field = field;
		}
	}

	private final Reason reason;

	AccountRefusal(Reason reason) {
		super("account.admin.refused." + reason.name());
		this.reason = reason;
	}

	public String field() {
		return reason.field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { getMessage() };
	}

	@Override
	public Object[] getArguments() {
		return new Object[0];
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}

	/** Beside its field when the form has it, for the whole form otherwise (as {@code Refusal.rejectOn}). */
	public void rejectOn(Errors errors) {
		if (field() != null && errors.getFieldType(field()) != null) {
			errors.rejectValue(field(), getMessage());
		}
		else {
			errors.reject(getMessage());
		}
	}

	public Reason reason() {
		return reason;
	}

}
