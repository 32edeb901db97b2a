package be.femmesetsante.sesu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import be.femmesetsante.sesu.support.Generated;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;


import be.femmesetsante.sesu.organisation.InvalidEnterpriseNumberException.Reason;

class EnterpriseNumberTest {

	/** Eight digits starting with 0 or 1. */
	private static String firstEight(Random random) {
		return (random.nextBoolean() ? "0" : "1") + Generated.digits(random, 7);
	}

	static Stream<Arguments> firstEights() {
		return Generated.cases("firstEights", r -> new Object[] { firstEight(r) });
	}

	static Stream<Arguments> wrongCheckDigits() {
		return Generated.cases("wrongCheckDigits", r -> new Object[] { firstEight(r), 1 + r.nextInt(99) });
	}

	static Stream<Arguments> mistypedDigits() {
		return Generated.cases("mistypedDigits",
				r -> new Object[] { firstEight(r), 1 + r.nextInt(7), 1 + r.nextInt(9) });
	}

	/** Any text, digits of other lengths, ten digits starting 2-9: never a ten-digit number starting 0 or 1. */
	static Stream<Arguments> notTenDigits() {
		return Generated.cases("notTenDigits", r -> {
			String typed;
			do {
				typed = switch (r.nextInt(3)) {
					case 0 -> Generated.anyString(r, 20);
					case 1 -> Generated.digits(r, 1 + r.nextInt(15));
					default -> new String[] { "2", "5", "9" }[r.nextInt(3)] + Generated.digits(r, 9);
				};
			}
			while (typed.replaceAll("[\\s\\u00A0.]", "").matches("(?i)(be)?[01][0-9]{9}"));
			return new Object[] { typed };
		});
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

	@ParameterizedTest(name = "{0}")
	@MethodSource("firstEights")
	void theComputedCheckDigitsPassAndEverySpellingGivesTheSameNumber(Generated.Seed seed, String firstEight) {
		String digits = valid(firstEight);
		for (String typed : spellings(digits)) {
			EnterpriseNumber number = EnterpriseNumber.parse(typed);
			assertThat(number.digits()).as(typed).isEqualTo(digits);
			assertThat(number.formatted()).matches("[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}");
			assertThat(EnterpriseNumber.parse(number.formatted())).isEqualTo(number);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wrongCheckDigits")
	void anyOtherCheckDigitsFailAsCheckDigits(Generated.Seed seed, String firstEight, int shift) {
		String digits = valid(firstEight);
		int wrong = (Integer.parseInt(digits.substring(8)) + shift) % 100;
		String typed = firstEight + String.format("%02d", wrong);
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.CHECK_DIGITS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistypedDigits")
	void aMistypedDigitAmongTheFirstEightFailsAsCheckDigits(Generated.Seed seed, String firstEight, int position,
			int delta) {
		String digits = valid(firstEight);
		char changed = (char) ('0' + (digits.charAt(position) - '0' + delta) % 10);
		String typed = digits.substring(0, position) + changed + digits.substring(position + 1);
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.CHECK_DIGITS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notTenDigits")
	void stringsWithoutTenDigitsStartingWith0Or1FailAsFormat(Generated.Seed seed, String typed) {
		assertThatThrownBy(() -> EnterpriseNumber.parse(typed))
			.isInstanceOfSatisfying(InvalidEnterpriseNumberException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.FORMAT));
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
