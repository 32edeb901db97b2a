package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.CaseChanged;
import be.femmesetsante.sesu.shared.CaseRead;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.shared.Scope;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
	private final ReferenceList kinds;

	SupportRequests(SupportRequestRepository requests, References references, Organisations organisations,
			Accounts accounts, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			@Qualifier(SupportKindList.NAME) ReferenceList kinds) {
		this.kinds = kinds;
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
		// Only kinds forms still offer: a retired kind stays on old requests, a new request cannot ask for it.
		if (details.kinds() != null && details.kinds().stream().anyMatch(k -> k != null && !kinds.isOffered(k.name()))) {
			throw new InvalidRequestException(InvalidRequestException.KIND_NOT_OFFERED, "kinds");
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

	/**
	 * Redirects to a service of the list: its code is kept (reports group by it, pages show its
	 * label in the reader's language), with {@code label} as the history's text.
	 */
	@Transactional
	public SupportRequestView redirectToListed(Actor actor, long requestId, long expectedVersion, String code,
			String label) {
		return move(actor, requestId, expectedVersion, r -> r.redirect(actor, code, label, clock.instant()));
	}

	/** Every kind of support, retired ones too (filters: old requests carry them), in the list's order. */
	public List<SupportKind> allKinds() {
		return kinds.entries().stream().map(e -> SupportKind.valueOf(e.code())).toList();
	}

	/** The kinds of support forms offer, in the list's order. */
	public List<SupportKind> offeredKinds() {
		return kinds.offered().stream().map(e -> SupportKind.valueOf(e.code())).toList();
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
		return move(actor, requestId, expectedVersion, r -> {
			// A kind already asked for may stay even if retired since; a retired one cannot be added.
			if (details.kinds() != null && details.kinds().stream()
				.anyMatch(k -> k != null && !kinds.isOffered(k.name()) && !r.kinds().contains(k))) {
				throw new InvalidRequestException(InvalidRequestException.KIND_NOT_OFFERED, "kinds");
			}
			return r.correct(actor, details, clock.instant());
		});
	}


	/**
	 * The one way to read a request and its history, and the place where reads are audited: every
	 * read publishes a {@link CaseRead} that the audit trail records synchronously, in this (read-write)
	 * transaction, with one INSERT. A page read.
	 */
	@Transactional
	public Optional<RequestDetails> findVisible(Actor actor, long requestId) {
		return findVisible(actor, requestId, CaseRead.Access.PAGE, null);
	}

	/** A read for another purpose than the page: a document of the request, an export that holds it. */
	@Transactional
	public Optional<RequestDetails> findVisible(Actor actor, long requestId, CaseRead.Access access, String detail) {
		return loadVisible(actor, requestId).map(r -> read(actor, r, access, detail));
	}

	/** A request by its reference, within the actor's scope: a page read, audited. */
	@Transactional
	public Optional<RequestDetails> findByReference(Actor actor, String reference) {
		return findByReference(actor, reference, CaseRead.Access.PAGE, null);
	}

	/** A request by its reference, read for another purpose than the page (a document), audited. */
	@Transactional
	public Optional<RequestDetails> findByReference(Actor actor, String reference, CaseRead.Access access,
			String detail) {
		Scope scope = actor.scope();
		return requests.findByReference(reference)
			.filter(r -> scope.includes(r.region(), r.organisationId()))
			.map(r -> read(actor, r, access, detail));
	}

	private RequestDetails read(Actor actor, SupportRequest request, CaseRead.Access access, String detail) {
		events.publishEvent(new CaseRead(actor.accountId(), request.reference(), access, detail));
		return details(request);
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
			// The requester's own correction: nobody to tell, the history keeps it; the audit trail too.
			events.publishEvent(new CaseChanged(entry.actorAccountId(), request.reference(), "CORRECTED",
					List.of("title", "description", "audience", "audience_tags", "kinds", "desired_period",
							"preferred_format", "team_size")));
			return;
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
