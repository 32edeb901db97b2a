package be.femmesetsante.sesu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import be.femmesetsante.sesu.organisation.InvalidEnterpriseNumberException.Reason;

class EnterpriseNumberTest {

	@Provide
	Arbitrary<String> firstEight() {
		return Arbitraries.of("0", "1")
			.flatMap(first -> Arbitraries.strings().numeric().ofLength(7).map(rest -> first + rest));
	}

	private static String valid(String firstEight) {
		return firstEight + String.format("%02d", 97 - Long.parseLong(firstEight) % 97);
	}

	private static List<String> spellings(String digits) {
		String dotted = digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
		return List.of(digits, dotted, "BE " + dotted, "be" + digits, "BE" + digits, " " + dotted + " ",
				"BE " + digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7),
				"Be\u00A0" + dotted);
	}

	@Property
	void theComputedCheckDigitsPassAndEverySpellingGivesTheSameNumber(@ForAll("firstEight") String firstEight) {
		String digits = valid(firstEight);
		for (String typed : spellings(digits)) {
			EnterpriseNumber number = EnterpriseNumber.parse(typed);
			assertThat(number.digits()).as(typed).isEqualTo(digits);
			assertThat(number.formatted()).matches("[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}");
			assertThat(EnterpriseNumber.parse(number.formatted())).isEqualTo(number);
		}
	}

	@Property
	void anyOtherCheckDigitsFailAsCheckDigits(@ForAll("firstEight") String firstEight,
			@ForAll @IntRange(min = 1, max = 99) int shift) {
		String digits = valid(firstEight);
		int wrong = (Integer.parseInt(digits.substring(8)) + shift) % 100;
		String typed = firstEight + String.format("%02d", wrong);
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.CHECK_DIGITS));
	}

	@Property
	void aMistypedDigitAmongTheFirstEightFailsAsCheckDigits(@ForAll("firstEight") String firstEight,
			@ForAll @IntRange(min = 1, max = 7) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
		String digits = valid(firstEight);
		char changed = (char) ('0' + (digits.charAt(position) - '0' + delta) % 10);
		String typed = digits.substring(0, position) + changed + digits.substring(position + 1);
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.CHECK_DIGITS));
	}

	@Property
	void stringsWithoutTenDigitsStartingWith0Or1FailAsFormat(@ForAll("notTenDigits") String typed) {
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.FORMAT));
	}

	@Provide
	Arbitrary<String> notTenDigits() {
		return Arbitraries.oneOf(
				Arbitraries.strings().all().ofMaxLength(20),
				Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(15),
				Combinators.combine(Arbitraries.of("2", "5", "9"), Arbitraries.strings().numeric().ofLength(9))
					.as(String::concat))
			.filter(s -> !s.replaceAll("[\\s\\u00A0.]", "").matches("(?i)(be)?[01][0-9]{9}"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "abc", "0123", "012345678", "01234567890", "2123456789", "9999999999",
			"FR 0123.456.749", "BE-0123.456.749", "0123-456-749", "0123.456.74x", "BEBE0123456749",
			"０１２３４５６７４９" })
	void badFormatsFailAsFormat(String typed) {
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(Reason.FORMAT);
				assertThat(ex.messageKey()).isEqualTo("organisation.error.enterpriseNumber.format");
			});
	}

	@Test
	void aKnownNumberIsReadAndShownTheBelgianWay() {
		// 0123456789 mod check: 97 - (01234567 % 97) = 97 - 48 = 49
		EnterpriseNumber number = EnterpriseNumber.parse("BE 0123.456.749");
		assertThat(number.digits()).isEqualTo("0123456749");
		assertThat(number.formatted()).isEqualTo("0123.456.749");
		assertThat(number.toString()).isEqualTo("0123.456.749");
	}

	@Test
	void aTypingSlipInTheCheckDigitsSaysWhatToVerify() {
		assertThatThrownBy(() -> EnterpriseNumber.parse("0123.456.748"))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(Reason.CHECK_DIGITS);
				assertThat(ex.messageKey()).isEqualTo("organisation.error.enterpriseNumber.checkDigits");
			});
	}

	@Test
	void blankMeansNoNumberBecauseTheNumberIsOptional() {
		assertThat(EnterpriseNumber.parseOptional(null)).isEmpty();
		assertThat(EnterpriseNumber.parseOptional("   ")).isEmpty();
		assertThat(EnterpriseNumber.parseOptional("0123456749")).contains(new EnterpriseNumber("0123456749"));
	}
}
