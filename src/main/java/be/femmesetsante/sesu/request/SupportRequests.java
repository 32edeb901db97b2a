package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Scope;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;

/**
 * The request module's door: submit a request, move it through its life, read it. Every read and
 * every move goes through the actor's scope (professional: their organisation; partner: Brussels;
 * staff: all; admin: none), so a request outside it is {@link RequestNotFoundException not found},
 * and the aggregate then decides whether the move is allowed.
 */
@Service
@Transactional(readOnly = true)
public class SupportRequests {

	private final SupportRequestRepository requests;
	private final References references;
	private final Organisations organisations;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SupportRequests(SupportRequestRepository requests, References references, Organisations organisations,
			Accounts accounts, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.references = references;
		this.organisations = organisations;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A professional submits a request for their organisation; its region is copied from the
	 * organisation.
	 *
	 * @return the new request's reference, e.g. {@code SESU-2026-0042}
	 * @throws InvalidRequestException when something the team needs is missing
	 */
	@Transactional
	public String submit(Actor actor, SubmitRequest details) {
		if (!actor.audience().isRequester()) {
			throw new InvalidRequestException(InvalidRequestException.ONLY_PROFESSIONALS, null);
		}
		OrganisationView organisation = Optional.ofNullable(actor.organisationId())
			.flatMap(organisations::findById)
			.orElseThrow(() -> new InvalidRequestException(InvalidRequestException.ORGANISATION_REQUIRED, null));
		SupportRequest request = SupportRequest.submit(() -> references.next(clock), actor, organisation.region(),
				organisation.germanSpeaking(), details, clock.instant());
		requests.save(request);
		events.publishEvent(new RequestSubmitted(request.id(), request.reference(), request.organisationId(),
				request.region(), request.germanSpeaking(), request.requesterAccountId(), request.submittedAt()));
		return request.reference();
	}

	/**
	 * Staff name a lead; a new request goes into review, a later call changes the lead. Only an
	 * enabled member of the team may lead, whoever calls.
	 */
	@Transactional
	public SupportRequestView assignLead(Actor actor, long requestId, long expectedVersion, Long leadAccountId) {
		return move(actor, requestId, expectedVersion,
				r -> r.assignLead(actor, leadAccountId, accounts::isEnabledStaff, clock.instant()));
	}

	@Transactional
	public SupportRequestView accept(Actor actor, long requestId, long expectedVersion, WorkKind kind) {
		return move(actor, requestId, expectedVersion, r -> r.accept(actor, kind, clock.instant()));
	}

	@Transactional
	public SupportRequestView start(Actor actor, long requestId, long expectedVersion) {
		return move(actor, requestId, expectedVersion, r -> r.start(actor, clock.instant()));
	}

	@Transactional
	public SupportRequestView close(Actor actor, long requestId, long expectedVersion, String summary) {
		return move(actor, requestId, expectedVersion, r -> r.close(actor, summary, clock.instant()));
	}

	@Transactional
	public SupportRequestView decline(Actor actor, long requestId, long expectedVersion, String reason) {
		return move(actor, requestId, expectedVersion, r -> r.decline(actor, reason, clock.instant()));
	}

	@Transactional
	public SupportRequestView redirect(Actor actor, long requestId, long expectedVersion, String target) {
		return move(actor, requestId, expectedVersion, r -> r.redirect(actor, target, clock.instant()));
	}

	/** The requester's organisation withdraws its request before work starts; the reason is optional. */
	@Transactional
	public SupportRequestView withdraw(Actor actor, long requestId, long expectedVersion, String reason) {
		return move(actor, requestId, expectedVersion, r -> r.withdraw(actor, reason, clock.instant()));
	}

	/** The team reopens a closed request, with a reason. */
	@Transactional
	public SupportRequestView reopen(Actor actor, long requestId, long expectedVersion, String reason) {
		return move(actor, requestId, expectedVersion, r -> r.reopen(actor, reason, clock.instant()));
	}

	/** The requester's organisation corrects its request before the team decides or starts. */
	@Transactional
	public SupportRequestView correct(Actor actor, long requestId, long expectedVersion, SubmitRequest details) {
		return move(actor, requestId, expectedVersion, r -> r.correct(actor, details, clock.instant()));
	}

	/** The one way to read a request and its history: the place where reads will be audited. */
	public Optional<RequestDetails> findVisible(Actor actor, long requestId) {
		return loadVisible(actor, requestId).map(SupportRequests::details);
	}

	/** A request by its reference, within the actor's scope (lets seeding run twice). */
	public Optional<RequestDetails> findByReference(Actor actor, String reference) {
		Scope scope = actor.scope();
		return requests.findByReference(reference)
			.filter(r -> scope.includes(r.region(), r.organisationId()))
			.map(SupportRequests::details);
	}

	/** The requests the actor may see, newest first. */
	public Page<RequestSummary> listVisible(Actor actor, Pageable pageable) {
		Scope scope = actor.scope();
		Page<SummaryRow> rows = scope.none() ? Page.empty(pageable)
				: scope.organisationId() != null ? requests.findSummariesByOrganisation(scope.organisationId(), pageable)
				: scope.region() != null ? requests.findSummariesByRegion(scope.region(), pageable)
				: requests.findSummaries(pageable);
		return rows.map(SummaryRow::toSummary);
	}

	private SupportRequestView move(Actor actor, long requestId, long expectedVersion,
			Function<SupportRequest, RequestHistoryEntry> change) {
		SupportRequest request = loadVisible(actor, requestId).orElseThrow(RequestNotFoundException::new);
		if (request.version() != expectedVersion) {
			throw new ConcurrentChangeException();
		}
		Long previousLead = request.leadAccountId();
		RequestHistoryEntry entry = change.apply(request);
		try {
			// The request is managed: flush, not save(). save() would merge, and merging copies the
			// new (immutable) history entry without its values. Flushing now also makes a change
			// committed meanwhile by another node fail here, as a ConcurrentChangeException.
			requests.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		publish(request, entry, previousLead);
		return request.toView();
	}

	private void publish(SupportRequest request, RequestHistoryEntry entry, Long previousLead) {
		if (entry.action() == RequestAction.CORRECTED) {
			return; // the requester's own correction: nobody to tell, the history keeps it
		}
		if (entry.fromStatus() == entry.toStatus()) {
			events.publishEvent(new LeadReassigned(request.id(), request.reference(), request.region(),
					request.status(), previousLead, entry.leadAccountId(), entry.actorAccountId(), entry.at()));
			return;
		}
		events.publishEvent(new RequestStatusChanged(request.id(), request.reference(), request.organisationId(),
				request.region(), request.requesterAccountId(), entry.action(), entry.fromStatus(), entry.toStatus(), entry.actorAccountId(),
				request.leadAccountId(), request.workKind(), entry.at()));
	}

	private Optional<SupportRequest> loadVisible(Actor actor, long requestId) {
		Scope scope = actor.scope();
		return scope.none() ? Optional.empty()
				: scope.organisationId() != null ? requests.findByIdAndOrganisationId(requestId, scope.organisationId())
				: scope.region() != null ? requests.findByIdAndRegion(requestId, scope.region())
				: requests.findById(requestId);
	}

	private static RequestDetails details(SupportRequest request) {
		return new RequestDetails(request.toView(),
				request.history().stream().map(RequestHistoryEntry::toView).toList());
	}
}
