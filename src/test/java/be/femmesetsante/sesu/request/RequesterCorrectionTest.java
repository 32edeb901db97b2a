package be.femmesetsante.sesu.request;

import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.COLLEAGUE;
import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.LATER;
import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.STAFF;
import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.STRANGER;
import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.in;
import static be.femmesetsante.sesu.request.SupportRequestLifecycleTest.validDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The requester's organisation corrects its request while the team has neither decided nor
 * started; the history keeps what each changed field said before. Reopening a closed request
 * needs a reason and clears the closing summary.
 */
class RequesterCorrectionTest {

	static SubmitRequest corrected() {
		SubmitRequest d = validDetails();
		return new SubmitRequest("Revoir nos affiches et flyers", d.description(), d.audience(), d.audienceTags(),
				Set.of(SupportKind.TOOL_REVIEW), d.desiredPeriod(), d.preferredFormat(), 8, d.heardOfUs(),
				d.privacyNoticeVersion());
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "IN_REVIEW" })
	void aColleagueOfTheOrganisationCorrectsBeforeTheTeamDecidesAndTheHistoryKeepsTheOldValues(RequestStatus status) {
		SupportRequest request = in(status);
		RequestHistoryEntry entry = request.correct(COLLEAGUE, corrected(), LATER);
		assertThat(request.status()).isEqualTo(status);
		assertThat(entry.action()).isEqualTo(RequestAction.CORRECTED);
		assertThat(entry.detail()).contains("title=Revoir nos affiches", "kinds=", "PROJECT_SUPPORT",
				"teamSize=6").doesNotContain("description=");
		assertThat(request.title()).isEqualTo("Revoir nos affiches et flyers");
		assertThat(request.teamSize()).isEqualTo(8);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "NEW", "IN_REVIEW" }, mode = EnumSource.Mode.EXCLUDE)
	void onceAcceptedOrEndedTheRequestIsNoLongerCorrected(RequestStatus status) {
		SupportRequest request = in(status);
		String title = request.title();
		assertThatThrownBy(() -> request.correct(COLLEAGUE, corrected(), LATER)).isInstanceOf(LifecycleException.class);
		assertThat(request.title()).isEqualTo(title);
	}

	@Test
	void onlyTheRequestersOrganisationCorrectsAndNothingUnchangedIsRecorded() {
		SupportRequest request = in(RequestStatus.NEW);
		assertThatThrownBy(() -> request.correct(STRANGER, corrected(), LATER)).isInstanceOf(LifecycleException.class);
		assertThatThrownBy(() -> request.correct(STAFF, corrected(), LATER)).isInstanceOf(LifecycleException.class);
		assertThatThrownBy(() -> request.correct(COLLEAGUE, validDetails(), LATER))
			.isInstanceOfSatisfying(RequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo(LifecycleException.NOTHING_CORRECTED));
		assertThat(request.history()).hasSize(1);
	}

	@Test
	void reopeningNeedsAReasonAndClearsTheClosingSummary() {
		SupportRequest request = in(RequestStatus.CLOSED);
		assertThatThrownBy(() -> request.reopen(STAFF, "  ", LATER)).isInstanceOfSatisfying(LifecycleException.class,
				ex -> assertThat(ex.field()).isEqualTo("reopenReason"));
		RequestHistoryEntry entry = request.reopen(STAFF, "Une séance de plus.", LATER);
		assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(request.closingSummary()).isNull();
		assertThat(entry.detail()).isEqualTo("Une séance de plus.");
		assertThat(List.of(entry.fromStatus(), entry.toStatus()))
			.containsExactly(RequestStatus.CLOSED, RequestStatus.IN_PROGRESS);
	}
}
