package be.femmesetsante.sesu.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the first admin types on the set-up page. The password rules are checked by {@link PasswordPolicy}. */
record SetupForm(
		@NotBlank(message = "{account.displayName.required}") @Size(max = 200, message = "{account.displayName.tooLong}") String displayName,
		@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 320, message = "{account.email.invalid}") String email,
		String password,
		String passwordConfirmation) {

	static SetupForm empty(String email) {
		return new SetupForm("", email, "", "");
	}

}
