package be.femmesetsante.sesu.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an invited person types: their name and their password (checked by {@link PasswordPolicy}). */
record InvitationForm(
		@NotBlank(message = "{account.displayName.required}") @Size(max = 200, message = "{account.displayName.tooLong}") String displayName,
		String password,
		String passwordConfirmation) {
}
