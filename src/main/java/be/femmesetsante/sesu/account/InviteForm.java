package be.femmesetsante.sesu.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin types to invite someone to the team. */
record InviteForm(
		@NotBlank(message = "{admin.invite.displayName.required}") @Size(max = 200, message = "{account.displayName.tooLong}") String displayName,
		@NotBlank(message = "{admin.invite.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 320, message = "{account.email.invalid}") String email,
		@NotNull(message = "{account.admin.role.required}") Role role,
		Language language) {

	static InviteForm empty() {
		return new InviteForm("", "", Role.STAFF, Language.FRENCH);
	}

}
