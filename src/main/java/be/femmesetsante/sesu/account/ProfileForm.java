package be.femmesetsante.sesu.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Mon compte": the name the portal shows, optional pronouns, the language of the person's mails. */
record ProfileForm(
		@NotBlank(message = "{account.displayName.required}") @Size(max = 200, message = "{account.displayName.tooLong}") String displayName,
		@Size(max = 60, message = "{account.profile.pronouns.tooLong}") String pronouns,
		Language language) {

	static ProfileForm of(AccountProfile profile) {
		return new ProfileForm(profile.displayName(), profile.pronouns(), profile.language());
	}

}
