package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;

import static org.assertj.core.api.Assertions.assertThat;

/** The request form's checks and cleaning, fed generated text rather than imagined text. */
class RequestFormCheckPropertiesTest {

	@Property
	void whateverIsTypedTheFormHoldsNoCharacterPostgreSqlRefuses(@ForAll @WithNull String title,
			@ForAll @WithNull String description, @ForAll @WithNull String audience) {
		RequestForm form = form(title, description, audience);
		for (String text : new String[] { form.title(), form.description(), form.audience() }) {
			if (text != null) {
				assertThat(text).doesNotContain("\u0000");
				assertThat(text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')).isEmpty();
			}
		}
	}

	@Property
	void aSubmissionIsRefusedExactlyWhenTheTitleOrDescriptionIsMissingOrTooLong(
			@ForAll @StringLength(max = 260) String title, @ForAll @StringLength(max = 10_050) String description) {
		RequestForm form = form(title, description, null);
		List<RequestFormCheck.Problem> problems = RequestFormCheck.forSubmission(form);
		boolean titleBad = form.title().isBlank() || form.title().strip().length() > SupportRequest.TITLE_MAX;
		boolean descriptionBad = form.description().isBlank()
				|| form.description().strip().length() > SupportRequest.LONG_TEXT_MAX;
		assertThat(problems.stream().anyMatch(p -> p.field().equals("title"))).isEqualTo(titleBad);
		assertThat(problems.stream().anyMatch(p -> p.field().equals("description"))).isEqualTo(descriptionBad);
		assertThat(problems).allSatisfy(p -> assertThat(p.messageKey()).startsWith("request.error."));
	}

	@Property
	void aValidFormIsAlwaysAcceptedByTheDomainToo(@ForAll @StringLength(min = 1, max = 200) String title,
			@ForAll @StringLength(min = 1, max = 2_000) String description) {
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
