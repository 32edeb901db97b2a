package be.femmesetsante.sesu.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the password rules refuse, and that long ordinary passphrases pass. */
class PasswordPolicyTest {

	@Test
	void shortPasswordsAreRefusedWhateverTheyHoldAndLongPassphrasesPass() {
		assertThat(PasswordPolicy.problemWith("Xk9!pQ2#mZ")).contains("account.password.tooShort");
		assertThat(PasswordPolicy.problemWith("            ")).contains("account.password.tooShort");
		assertThat(PasswordPolicy.problemWith("a".repeat(129))).contains("account.password.tooLong");
		assertThat(PasswordPolicy.problemWith("une phrase de passe assez longue", "alex@femmesetsante.be")).isEmpty();
		assertThat(PasswordPolicy.problemWith("tout en minuscules sans chiffre")).as("no composition rules").isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedEvenWithDigitsAndSymbolsAround() {
		for (String common : new String[] { "passwordpassword", "Password1234!", "AZERTYUIOP2024", "motdepasse123",
				"mot de passe 2024", "2024!!Marseille", "1q2w3e4r5t!!", "qwerty123456" }) {
			assertThat(PasswordPolicy.problemWith(common)).as(common).contains("account.password.common");
		}
		assertThat(PasswordPolicy.problemWith("abcabcabcabc")).as("a short unit repeated").contains("account.password.common");
	}

	@Test
	void oneRepeatedCharacterIsRefused() {
		assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa")).contains("account.password.repeated");
		assertThat(PasswordPolicy.problemWith("éééééééééééé")).contains("account.password.repeated");
	}

	@Test
	void thePasswordMustNotContainTheEmailLocalPart() {
		assertThat(PasswordPolicy.problemWith("camille.martin est ici", "Camille.Martin@femmesetsante.be"))
			.contains("account.password.containsEmail");
		assertThat(PasswordPolicy.problemWith("ma phrase secrète CAMILLE.MARTIN", "camille.martin@femmesetsante.be"))
			.contains("account.password.containsEmail");
		assertThat(PasswordPolicy.problemWith("une phrase de passe assez longue", "al@femmesetsante.be"))
			.as("a two-letter local part is not checked").isEmpty();
	}

	@Test
	void theShippedListHoldsAtLeastAHundredCommonPasswords() {
		assertThat(PasswordPolicy.isCommon("123456")).isTrue();
		assertThat(PasswordPolicy.isCommon("iloveyou")).isTrue();
		assertThat(PasswordPolicy.isCommon("soleil")).isTrue();
		assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThanOrEqualTo(100);
	}

}
