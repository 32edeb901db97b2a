package be.femmesetsante.sesu.request;

import java.util.List;
import java.util.stream.Stream;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.Generated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request form's checks and cleaning, fed generated text rather than imagined text: seeded
 * cases ({@link Generated}), the seed in each case's name.
 */
class RequestFormCheckPropertiesTest {

	static Stream<Arguments> anyTexts() {
		return Generated.cases("anyTexts", r -> new Object[] { Generated.anyStringOrNull(r, 300),
				Generated.anyStringOrNull(r, 300), Generated.anyStringOrNull(r, 300) });
	}

	static Stream<Arguments> titlesAndDescriptions() {
		// Lengths around the limits (200 and 10,000 once stripped), blank ones included.
		return Generated.cases("titlesAndDescriptions", r -> new Object[] {
				r.nextInt(5) == 0 ? " ".repeat(r.nextInt(3)) : Generated.anyString(r, 260),
				r.nextInt(5) == 0 ? "\t ".repeat(r.nextInt(3)) : Generated.anyString(r, 10_050) });
	}

	static Stream<Arguments> nonEmptyTexts() {
		return Generated.cases("nonEmptyTexts",
				r -> new Object[] { "T" + Generated.anyString(r, 199), "D" + Generated.anyString(r, 1_999) });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("anyTexts")
	void whateverIsTypedTheFormHoldsNoCharacterPostgreSqlRefuses(Generated.Seed seed, String title,
			String description, String audience) {
		RequestForm form = form(title, description, audience);
		for (String text : new String[] { form.title(), form.description(), form.audience() }) {
			if (text != null) {
				assertThat(text).doesNotContain("\u0000");
				assertThat(text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("titlesAndDescriptions")
	void aSubmissionIsRefusedExactlyWhenTheTitleOrDescriptionIsMissingOrTooLong(Generated.Seed seed, String title,
			String description) {
		RequestForm form = form(title, description, null);
		List<RequestFormCheck.Problem> problems = RequestFormCheck.forSubmission(form);
		boolean titleBad = form.title().isBlank() || form.title().strip().length() > SupportRequest.TITLE_MAX;
		boolean descriptionBad = form.description().isBlank()
				|| form.description().strip().length() > SupportRequest.LONG_TEXT_MAX;
		assertThat(problems.stream().anyMatch(p -> p.field().equals("title"))).isEqualTo(titleBad);
		assertThat(problems.stream().anyMatch(p -> p.field().equals("description"))).isEqualTo(descriptionBad);
		assertThat(problems).allSatisfy(p -> assertThat(p.messageKey()).startsWith("request.error."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nonEmptyTexts")
	void aValidFormIsAlwaysAcceptedByTheDomainToo(Generated.Seed seed, String title, String description) {
		RequestForm form = form(title, description, null);
		if (RequestFormCheck.forSubmission(form).isEmpty()) {
			Actor professional = new Actor(1, "Pro", be.femmesetsante.sesu.account.Role.PROFESSIONAL, 10L);
			assertThat(form.toSubmitRequest().privacyNoticeVersion()).isEqualTo(PrivacyNotice.VERSION);
			// The page's checks are the domain's, so a form the page lets through is never refused later.
			assertThat(SupportRequest.submit(() -> "SESU-2026-0001", professional,
					be.femmesetsante.sesu.shared.Region.BRUSSELS, false, form.toSubmitRequest(),
					java.time.Instant.now())).isNotNull();
		}
	}

	private static RequestForm form(String title, String description, String audience) {
		return new RequestForm(List.of(SupportKind.TOOL_REVIEW), title, description, audience, null, null, null, null,
				null, true, null);
	}

}
