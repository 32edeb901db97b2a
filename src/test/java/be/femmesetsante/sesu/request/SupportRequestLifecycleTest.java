package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.shared.Region;

class SupportRequestLifecycleTest {

	static final long ORGANISATION = 10L;
	static final long OTHER_ORGANISATION = 11L;
	static final long LEAD = 42L;

	/** The accounts say every id is an enabled staff member (the lead rule has its own test). */
	static final SupportRequest.LeadCandidates ANY_STAFF = id -> true;
	static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:00:00Z");
	static final Instant LATER = Instant.parse("2026-03-09T14:30:00Z");

	static final Actor REQUESTER = new Actor(1, "Awa", Role.PROFESSIONAL, ORGANISATION);
	static final Actor COLLEAGUE = new Actor(2, "Lou", Role.PROFESSIONAL, ORGANISATION);
	static final Actor STRANGER = new Actor(3, "Sam", Role.PROFESSIONAL, OTHER_ORGANISATION);
	static final Actor STAFF = new Actor(4, "Inès", Role.STAFF, null);
	static final Actor PARTNER = new Actor(5, "Noor", Role.PARTNER, null);
	static final Actor ADMIN = new Actor(6, "Alex", Role.ADMIN, null);

	/** The moves, each called with the data it needs, so only status, role and organisation decide. */
	enum Move {
		ASSIGN_LEAD(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.assignLead(a, LEAD, ANY_STAFF, LATER);
			}
		},
		ACCEPT(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.accept(a, WorkKind.WORKSHOP, LATER);
			}
		},
		START(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.start(a, LATER);
			}
		},
		CLOSE(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.close(a, "Deux séances avec l'équipe, outil revu.", LATER);
			}
		},
		DECLINE(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.decline(a, "Hors de nos missions.", LATER);
			}
		},
		REDIRECT(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.redirect(a, "Centre de planning familial voisin", LATER);
			}
		},
		REOPEN(Role.STAFF) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.reopen(a, "Une séance de plus est demandée.", LATER);
			}
		},
		WITHDRAW(Role.PROFESSIONAL) {
			@Override
			RequestHistoryEntry apply(SupportRequest r, Actor a) {
				return r.withdraw(a, "Le projet est reporté.", LATER);
			}
		};

		final Role role;

		Move(Role role) {
			this.role = role;
		}

		abstract RequestHistoryEntry apply(SupportRequest request, Actor actor);
	}

	/** The only allowed (move, from) pairs, for the right actor; the value is the status reached. */
	static final Map<Move, Map<RequestStatus, RequestStatus>> ALLOWED = Map.of(
			Move.ASSIGN_LEAD, Map.of(
					RequestStatus.NEW, RequestStatus.IN_REVIEW,
					RequestStatus.IN_REVIEW, RequestStatus.IN_REVIEW,
					RequestStatus.ACCEPTED, RequestStatus.ACCEPTED,
					RequestStatus.IN_PROGRESS, RequestStatus.IN_PROGRESS),
			Move.ACCEPT, Map.of(RequestStatus.IN_REVIEW, RequestStatus.ACCEPTED),
			Move.START, Map.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS),
			Move.CLOSE, Map.of(RequestStatus.IN_PROGRESS, RequestStatus.CLOSED),
			Move.DECLINE, Map.of(
					RequestStatus.NEW, RequestStatus.DECLINED,
					RequestStatus.IN_REVIEW, RequestStatus.DECLINED),
			Move.REDIRECT, Map.of(
					RequestStatus.NEW, RequestStatus.REDIRECTED,
					RequestStatus.IN_REVIEW, RequestStatus.REDIRECTED),
			Move.REOPEN, Map.of(RequestStatus.CLOSED, RequestStatus.IN_PROGRESS),
			Move.WITHDRAW, Map.of(
					RequestStatus.NEW, RequestStatus.WITHDRAWN,
					RequestStatus.IN_REVIEW, RequestStatus.WITHDRAWN,
					RequestStatus.ACCEPTED, RequestStatus.WITHDRAWN));

	static SupportRequest submitted() {
		return SupportRequest.submit(() -> "SESU-2026-0042", REQUESTER, Region.BRUSSELS, false, validDetails(),
				SUBMITTED_AT);
	}

	static SubmitRequest validDetails() {
		return new SubmitRequest("Revoir nos affiches", "Nos affiches de prévention parlent-elles à toutes et tous ?",
				"Jeunes de 15 à 25 ans", List.of("jeunes", " LGBTQIA+ ", "jeunes", ""),
				Set.of(SupportKind.TOOL_REVIEW, SupportKind.PROJECT_SUPPORT), "Printemps 2026",
				PreferredFormat.TEAM, 6, "Un·e collègue", "2026-01");
	}

	/** A request brought to {@code status} through the allowed moves only. */
	static SupportRequest in(RequestStatus status) {
		SupportRequest request = submitted();
		Instant at = SUBMITTED_AT.plusSeconds(60);
		switch (status) {
			case NEW -> {
			}
			case IN_REVIEW -> request.assignLead(STAFF, 7L, ANY_STAFF, at);
			case ACCEPTED -> {
				request.assignLead(STAFF, 7L, ANY_STAFF, at);
				request.accept(STAFF, WorkKind.CONSULTATION, at);
			}
			case IN_PROGRESS -> {
				request.assignLead(STAFF, 7L, ANY_STAFF, at);
				request.accept(STAFF, WorkKind.CONSULTATION, at);
				request.start(STAFF, at);
			}
			case CLOSED -> {
				request.assignLead(STAFF, 7L, ANY_STAFF, at);
				request.accept(STAFF, WorkKind.CONSULTATION, at);
				request.start(STAFF, at);
				request.close(STAFF, "Fait.", at);
			}
			case DECLINED -> request.decline(STAFF, "Pas pour nous.", at);
			case REDIRECTED -> request.redirect(STAFF, "Un autre service", at);
			case WITHDRAWN -> request.withdraw(REQUESTER, null, at);
		}
		assertThat(request.status()).isEqualTo(status);
		return request;
	}

	/** Everything a move may change, to prove a refused move changed none of it. */
	record Snapshot(RequestStatus status, Long lead, WorkKind workKind, String declineReason, String redirectTarget,
			String closingSummary, String withdrawReason, Instant updatedAt, int historySize) {

		static Snapshot of(SupportRequest r) {
			return new Snapshot(r.status(), r.leadAccountId(), r.workKind(), r.declineReason(), r.redirectTarget(),
					r.closingSummary(), r.withdrawReason(), r.updatedAt(), r.history().size());
		}
	}

	static Stream<Arguments> everyStatusMoveAndActor() {
		List<Arguments> cases = new ArrayList<>();
		for (RequestStatus status : RequestStatus.values()) {
			for (Move move : Move.values()) {
				for (Actor actor : List.of(REQUESTER, COLLEAGUE, STRANGER, STAFF, PARTNER, ADMIN)) {
					cases.add(Arguments.of(status, move, actor));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} from {0} by {2}")
	@MethodSource("everyStatusMoveAndActor")
	void onlyTheLifecycleMovesChangeARequestAndEachAppendsOneHistoryEntry(RequestStatus from, Move move,
			Actor actor) {
		SupportRequest request = in(from);
		Snapshot before = Snapshot.of(request);
		boolean rightActor = actor.role() == move.role
				&& (move != Move.WITHDRAW || actor.organisationId() == ORGANISATION);
		RequestStatus reached = ALLOWED.get(move).get(from);

		if (rightActor && reached != null) {
			RequestHistoryEntry entry = move.apply(request, actor);

			assertThat(request.status()).isEqualTo(reached);
			assertThat(request.history()).hasSize(before.historySize() + 1).last().isSameAs(entry);
			assertThat(entry.fromStatus()).isEqualTo(from);
			assertThat(entry.toStatus()).isEqualTo(reached);
			assertThat(entry.actorAccountId()).isEqualTo(actor.accountId());
			assertThat(entry.at()).isEqualTo(LATER);
			assertThat(request.updatedAt()).isEqualTo(LATER);
			return;
		}

		String expectedKey = actor.role() != move.role ? LifecycleException.ROLE_NOT_ALLOWED
				: move == Move.WITHDRAW && actor.organisationId() != ORGANISATION
						? LifecycleException.ORGANISATION_NOT_ALLOWED
						: LifecycleException.TRANSITION_NOT_ALLOWED;
		assertThatThrownBy(() -> move.apply(request, actor))
			.isInstanceOfSatisfying(LifecycleException.class, ex -> assertThat(ex.messageKey()).isEqualTo(expectedKey));
		assertThat(Snapshot.of(request)).isEqualTo(before);
	}

	@Test
	void theTableCoversEveryStatusAndTheEndedOnesAllowNothing() {
		assertThat(everyStatusMoveAndActor()).hasSize(RequestStatus.values().length * Move.values().length * 6);
		for (RequestStatus status : RequestStatus.values()) {
			boolean anyMove = ALLOWED.values().stream().anyMatch(m -> m.containsKey(status));
			// Only the team's reopening leaves an ended status, and only a closed one.
			assertThat(anyMove).as(status.name()).isEqualTo(!status.isEnded() || status == RequestStatus.CLOSED);
		}
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void theStaffPageOffersExactlyTheMovesTheAggregateAllowsFromEachStatus(RequestStatus status) {
		Map<Move, RequestAction> actionOf = Map.of(Move.ASSIGN_LEAD, RequestAction.LEAD_ASSIGNED, Move.ACCEPT,
				RequestAction.ACCEPTED, Move.START, RequestAction.STARTED, Move.CLOSE, RequestAction.CLOSED,
				Move.DECLINE, RequestAction.DECLINED, Move.REDIRECT, RequestAction.REDIRECTED, Move.REOPEN,
				RequestAction.REOPENED);
		Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
		ALLOWED.forEach((move, from) -> {
			if (move.role == Role.STAFF && from.containsKey(status)) {
				allowed.add(actionOf.get(move));
			}
		});
		assertThat(status.teamActions()).isEqualTo(allowed);
	}

	@Test
	void aRefusedTransitionNamesTheActionAndTheCurrentStatusForThePage() {
		SupportRequest request = in(RequestStatus.IN_PROGRESS);

		assertThatThrownBy(() -> request.withdraw(REQUESTER, null, LATER))
			.isInstanceOfSatisfying(LifecycleException.class, ex -> {
				assertThat(ex.getCodes()).containsExactly("request.error.transition.notAllowed");
				assertThat(ex.getArguments()).extracting(arg -> ((MessageSourceResolvable) arg).getCodes()[0])
					.containsExactly("request.action.WITHDRAWN", "request.status.IN_PROGRESS");
			});
	}

	@Nested
	class Submission {

		@Test
		void aSubmittedRequestIsNewWithItsSubmissionInTheHistory() {
			SupportRequest request = submitted();

			assertThat(request.status()).isEqualTo(RequestStatus.NEW);
			assertThat(request.reference()).isEqualTo("SESU-2026-0042");
			assertThat(request.organisationId()).isEqualTo(ORGANISATION);
			assertThat(request.region()).isEqualTo(Region.BRUSSELS);
			assertThat(request.kinds()).containsExactly(SupportKind.PROJECT_SUPPORT, SupportKind.TOOL_REVIEW);
			assertThat(request.audienceTags()).containsExactly("jeunes", "LGBTQIA+");
			assertThat(request.history()).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(RequestAction.SUBMITTED);
				assertThat(entry.fromStatus()).isNull();
				assertThat(entry.toStatus()).isEqualTo(RequestStatus.NEW);
				assertThat(entry.actorAccountId()).isEqualTo(REQUESTER.accountId());
			});
		}

		@ParameterizedTest
		@EnumSource(value = Role.class, names = "PROFESSIONAL", mode = EnumSource.Mode.EXCLUDE)
		void onlyAProfessionalSubmits(Role role) {
			Actor actor = new Actor(9, "X", role, ORGANISATION);
			assertThatThrownBy(() -> SupportRequest.submit(() -> "SESU-2026-0001", actor, Region.WALLONIA, false,
					validDetails(), SUBMITTED_AT))
				.isInstanceOfSatisfying(InvalidRequestException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("request.error.submit.notAllowed"));
		}

		@Test
		void anIncompleteFormTakesNoReferenceNumber() {
			AtomicInteger numbersTaken = new AtomicInteger();
			SubmitRequest noKinds = new SubmitRequest("Titre", "Description", null, null, Set.of(), null, null,
					null, null, "2026-01");

			assertThatThrownBy(() -> SupportRequest.submit(() -> "SESU-2026-" + numbersTaken.incrementAndGet(),
					REQUESTER, Region.WALLONIA, false, noKinds, SUBMITTED_AT))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("request.error.kinds.required");
					assertThat(ex.field()).isEqualTo("kinds");
				});
			assertThat(numbersTaken).hasValue(0);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "  ", "\t\n" })
		void aTitleADescriptionAndThePrivacyNoticeAreRequired(String blank) {
			SubmitRequest d = validDetails();
			assertRefused(new SubmitRequest(blank, d.description(), null, null, d.kinds(), null, null, null, null,
					d.privacyNoticeVersion()), "request.error.title.required", "title");
			assertRefused(new SubmitRequest(d.title(), blank, null, null, d.kinds(), null, null, null, null,
					d.privacyNoticeVersion()), "request.error.description.required", "description");
			assertRefused(new SubmitRequest(d.title(), d.description(), null, null, d.kinds(), null, null, null, null,
					blank), "request.error.privacyNotice.required", "privacyNoticeVersion");
		}

		@ParameterizedTest
		@ValueSource(ints = { 0, -1, 10_001 })
		void aTeamSizeMustBeAPlausibleNumberOfPeople(int size) {
			SubmitRequest d = validDetails();
			assertRefused(new SubmitRequest(d.title(), d.description(), null, null, d.kinds(), null, null, size, null,
					d.privacyNoticeVersion()), "request.error.teamSize.invalid", "teamSize");
		}

		@Test
		void aTooLongTitleIsRefusedWithItsLimit() {
			SubmitRequest d = validDetails();
			assertRefused(new SubmitRequest("x".repeat(201), d.description(), null, null, d.kinds(), null, null,
					null, null, d.privacyNoticeVersion()), "request.error.text.tooLong", "title");
		}

		private void assertRefused(SubmitRequest details, String key, String field) {
			assertThatThrownBy(() -> SupportRequest.submit(() -> "SESU-2026-0001", REQUESTER, Region.WALLONIA, false,
					details, SUBMITTED_AT))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo(key);
					assertThat(ex.field()).isEqualTo(field);
				});
		}
	}

	@Nested
	class RequiredData {

		@Test
		void assigningNeedsALead() {
			assertRefusedKeepsEverything(in(RequestStatus.NEW), r -> r.assignLead(STAFF, null, ANY_STAFF, LATER),
					"request.error.lead.required", "leadAccountId");
		}

		@Test
		void onlyAnEnabledMemberOfTheTeamMayLead() {
			SupportRequest.LeadCandidates onlySeven = id -> id == 7L;
			assertRefusedKeepsEverything(in(RequestStatus.NEW), r -> r.assignLead(STAFF, LEAD, onlySeven, LATER),
					"request.error.lead.notStaff", "leadAccountId");
		}

		@Test
		void acceptingNeedsAKindOfWork() {
			assertRefusedKeepsEverything(in(RequestStatus.IN_REVIEW), r -> r.accept(STAFF, null, LATER),
					"request.error.workKind.required", "workKind");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\n\t" })
		void decliningRedirectingAndClosingNeedWords(String blank) {
			assertRefusedKeepsEverything(in(RequestStatus.IN_REVIEW), r -> r.decline(STAFF, blank, LATER),
					"request.error.reason.required", "declineReason");
			assertRefusedKeepsEverything(in(RequestStatus.NEW), r -> r.redirect(STAFF, blank, LATER),
					"request.error.redirectTarget.required", "redirectTarget");
			assertRefusedKeepsEverything(in(RequestStatus.IN_PROGRESS), r -> r.close(STAFF, blank, LATER),
					"request.error.summary.required", "closingSummary");
		}

		@Test
		void tooLongWordsAreRefusedWithTheirLimit() {
			assertRefusedKeepsEverything(in(RequestStatus.NEW), r -> r.decline(STAFF, "x".repeat(4_001), LATER),
					"request.error.text.tooLong", "declineReason");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = "  ")
		void withdrawingNeedsNoReason(String blank) {
			SupportRequest request = in(RequestStatus.ACCEPTED);
			RequestHistoryEntry entry = request.withdraw(COLLEAGUE, blank, LATER);

			assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
			assertThat(request.withdrawReason()).isNull();
			assertThat(entry.detail()).isNull();
		}

		@Test
		void theWhyIsKeptOnTheRequestAndInItsHistory() {
			SupportRequest request = in(RequestStatus.IN_REVIEW);
			RequestHistoryEntry entry = request.decline(STAFF, "  Hors de nos missions.  ", LATER);

			assertThat(request.declineReason()).isEqualTo("Hors de nos missions.");
			assertThat(entry.detail()).isEqualTo("Hors de nos missions.");
			assertThat(entry.toView().actorDisplayName()).isEqualTo("Inès");
		}

		@Test
		void aLeadChangeKeepsTheStatusAndNamesTheNewLead() {
			SupportRequest request = in(RequestStatus.ACCEPTED);
			RequestHistoryEntry entry = request.assignLead(STAFF, LEAD, ANY_STAFF, LATER);

			assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
			assertThat(request.leadAccountId()).isEqualTo(LEAD);
			assertThat(request.workKind()).isEqualTo(WorkKind.CONSULTATION);
			assertThat(entry.leadAccountId()).isEqualTo(LEAD);
			assertThat(entry.fromStatus()).isEqualTo(entry.toStatus());
		}

		private void assertRefusedKeepsEverything(SupportRequest request,
				java.util.function.Consumer<SupportRequest> move, String key, String field) {
			Snapshot before = Snapshot.of(request);
			assertThatThrownBy(() -> move.accept(request))
				.isInstanceOfSatisfying(LifecycleException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo(key);
					assertThat(ex.field()).isEqualTo(field);
				});
			assertThat(Snapshot.of(request)).isEqualTo(before);
		}
	}

	@Test
	void theKindsAreKeptInTheirListOrder() {
		assertThat(SupportRequest.kindsOf(new String[] { "OTHER", "TOOL_REVIEW" }))
			.containsExactly(SupportKind.TOOL_REVIEW, SupportKind.OTHER)
			.isEqualTo(java.util.Set.of(SupportKind.OTHER, SupportKind.TOOL_REVIEW));
	}

	@Test
	void referencesHaveTheYearAndFourDigits() {
		assertThat(References.format(2026, 42)).isEqualTo("SESU-2026-0042");
		assertThat(References.format(2027, 12345)).isEqualTo("SESU-2027-12345");
	}
}
