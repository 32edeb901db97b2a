package be.femmesetsante.sesu.organisation;

import java.util.stream.Stream;

import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.support.Generated;
import org.junit.jupiter.params.provider.Arguments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;


import be.femmesetsante.sesu.organisation.PostalCodeRouting.Invalid;
import be.femmesetsante.sesu.organisation.PostalCodeRouting.OutsideArea;
import be.femmesetsante.sesu.organisation.PostalCodeRouting.Result;
import be.femmesetsante.sesu.organisation.PostalCodeRouting.Served;

class PostalCodeRoutingTest {

	/** The brief's table, written as a lookup over ranges, independent of the code under test. */
	private static Result expected(int code) {
		int[][] brussels = { { 1000, 1299 } };
		int[][] wallonia = { { 1300, 1499 }, { 4000, 7999 } };
		int[][] flanders = { { 1500, 3999 }, { 8000, 9999 } };
		if (in(code, brussels)) {
			return new Served(Region.BRUSSELS, false);
		}
		if (in(code, wallonia)) {
			return new Served(Region.WALLONIA, in(code, new int[][] { { 4700, 4791 } }));
		}
		if (in(code, flanders)) {
			return new OutsideArea();
		}
		return new Invalid();
	}

	private static boolean in(int code, int[][] ranges) {
		for (int[] range : ranges) {
			if (code >= range[0] && code <= range[1]) {
				return true;
			}
		}
		return false;
	}

	@Test
	void everyFourDigitCodeFrom0000To9999IsRoutedAsTheBriefSays() {
		for (int code = 0; code <= 9999; code++) {
			String typed = String.format("%04d", code);
			assertThat(PostalCodeRouting.route(typed)).as(typed).isEqualTo(expected(code));
		}
	}

	@Test
	void everyFourDigitCodeIsReadTheSameWithSurroundingSpaces() {
		for (int code = 0; code <= 9999; code++) {
			String typed = String.format("%04d", code);
			assertThat(PostalCodeRouting.route("  " + typed + "\t")).as(typed).isEqualTo(expected(code));
		}
	}

	@ParameterizedTest
	@CsvSource({
			"1000, BRUSSELS, false", "1299, BRUSSELS, false",
			"1300, WALLONIA, false", "1499, WALLONIA, false",
			"4000, WALLONIA, false", "4699, WALLONIA, false",
			"4700, WALLONIA, true", "4791, WALLONIA, true",
			"4792, WALLONIA, false", "7999, WALLONIA, false" })
	void theEdgesOfTheServedRangesAreServed(String code, Region region, boolean germanSpeaking) {
		assertThat(PostalCodeRouting.route(code)).isEqualTo(new Served(region, germanSpeaking));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1500", "3999", "8000", "9999", "2000", "9000" })
	void flemishCodesAreOutsideTheArea(String code) {
		assertThat(PostalCodeRouting.route(code)).isInstanceOf(OutsideArea.class);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "    ", "abcd", "10OO", "0999", "0000", "10000", "999", "1 000", "1.000",
			"+100", "-100", "1e3", "B-1000", "１０００", "٤٧٠٠", "1000a", "a1000" })
	void anythingButFourAsciiDigitsFrom1000To9999IsInvalid(String typed) {
		assertThat(PostalCodeRouting.route(typed)).isInstanceOf(Invalid.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("junk")
	void stringsThatAreNotFourAsciiDigitsAreInvalid(Generated.Seed seed, String typed) {
		assertThat(PostalCodeRouting.route(typed)).isInstanceOf(Invalid.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fourDigits")
	void aServedCodeIsBrusselsOrWalloniaAndOnlyWalloniaIsEverGermanSpeaking(Generated.Seed seed, String code) {
		Result result = PostalCodeRouting.route(code);
		if (result instanceof Served served) {
			assertThat(served.germanSpeaking()).isEqualTo(
					served.region() == Region.WALLONIA && code.compareTo("4700") >= 0 && code.compareTo("4791") <= 0);
		}
	}

	/** Any text up to 12 chars that is not four ASCII digits once stripped. */
	static Stream<Arguments> junk() {
		return Generated.cases("junk", r -> {
			String typed;
			do {
				typed = Generated.anyString(r, 12);
			}
			while (typed.strip().matches("[0-9]{4}") || typed.trim().matches("[0-9]{4}"));
			return new Object[] { typed };
		});
	}

	static Stream<Arguments> fourDigits() {
		return Generated.cases("fourDigits", r -> new Object[] { Generated.digits(r, 4) });
	}
}
