package be.femmesetsante.sesu.casework.workshop;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.followup.CaseworkAccess;
import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.casework.followup.Corrections;
import be.femmesetsante.sesu.casework.followup.Facts;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Scope;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * Workshops: staff plan them and gather requests in them through the {@link Workshop} aggregate,
 * which holds the rules; pages read them through scoped SQL projections: staff see every workshop,
 * partners those holding a Brussels request (and only its Brussels requests), a requester the
 * workshop they take part in (and only their own participation).
 */
@Service
@Transactional(readOnly = true)
public class Workshops {

	public static final int THEME_MAX = Workshop.THEME_MAX;
	public static final int PLACE_MAX = Workshop.PLACE_MAX;
	public static final int DATES_MAX = Workshop.DATES_MAX;

	/** The refusal of an edit made on a workshop someone else changed meanwhile. */
	public static final String CHANGED_MEANWHILE = "casework.workshop.error.changed";

	private final JdbcClient jdbc;
	private final WorkshopRepository workshops;
	private final CaseworkAccess access;
	private final Accounts accounts;
	private final Clock clock;
	private final Corrections corrections;

	Workshops(JdbcClient jdbc, WorkshopRepository workshops, CaseworkAccess access, Accounts accounts,
			ObjectProvider<Clock> clock, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.workshops = workshops;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What staff type about a workshop. */
	public record WorkshopDetails(String theme, Collection<LocalDate> dates, String place, boolean online,
			Collection<Long> facilitatorIds) {
	}

	/** A line of the workshops list. */
	public record WorkshopRow(long id, String theme, LocalDate firstDate, LocalDate lastDate, boolean online,
			String place, int requests, int participants, boolean cancelled) {
	}

	/** A request in the workshop, as the reader's scope shows it. */
	public record ParticipationRow(long requestId, String reference, long organisationId, Region region,
			int participants, String organisationName) {
	}

	/** Participants counted per organisation, with its requests' references. */
	public record OrganisationCount(long organisationId, String organisationName, List<String> references,
			int participants) {
	}

	/** A workshop as the reader's scope shows it; {@code version} goes back with the edit form. */
	/** {@code cancellable}: not cancelled and not taken place yet (its first date is after today). */
	public record WorkshopView(long id, long version, String theme, String place, boolean online,
			List<LocalDate> dates, List<PortalUser> facilitators, List<ParticipationRow> participations,
			List<OrganisationCount> perOrganisation, boolean cancelled, boolean cancellable) {

		public int totalParticipants() {
			return perOrganisation.stream().mapToInt(OrganisationCount::participants).sum();
		}

		public List<Long> facilitatorIds() {
			return facilitators.stream().map(PortalUser::accountId).toList();
		}
	}

	@Transactional
	public long create(Actor actor, WorkshopDetails details) {
		CaseworkAccess.requireStaff(actor);
		return workshops.save(Workshop.plan(checked(details), clock.instant())).id();
	}

	/**
	 * Changes what a workshop says.
	 *
	 * @param expectedVersion the version the edit form showed: changed meanwhile, the edit is refused
	 */
	@Transactional
	public void update(Actor actor, long id, long expectedVersion, WorkshopDetails details) {
		CaseworkAccess.requireStaff(actor);
		Workshop.Details checked = checked(details);
		Workshop workshop = workshops.findById(id).orElseThrow(NotFoundException::new);
		if (workshop.version() != expectedVersion) {
			throw changedMeanwhile();
		}
		workshop.change(checked);
		flush();
	}

	/** Gathers a request in the workshop (see {@link Workshop#attach}); in no other workshop. */
	@Transactional
	public void attach(Actor actor, long workshopId, String reference, int participants) {
		CaseworkAccess.requireStaff(actor);
		Workshop workshop = workshops.findById(workshopId).orElseThrow(NotFoundException::new);
		SupportRequestView request;
		try {
			request = access.visible(actor, reference == null ? "" : reference.strip());
		}
		catch (NotFoundException ex) {
			throw new CaseworkException("casework.workshop.error.reference", "reference");
		}
		if (workshops.findHolding(request.id()).filter(other -> !other.id().equals(workshop.id())).isPresent()) {
			throw alreadyInAWorkshop(request.reference());
		}
		workshop.attach(request, participants);
		access.changed(actor, request, "WORKSHOP_JOINED", "workshop", "participants");
		try {
			workshops.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Attached elsewhere at the same moment by someone else: the unique key said no.
			throw alreadyInAWorkshop(request.reference());
		}
		catch (OptimisticLockingFailureException ex) {
			throw changedMeanwhile();
		}
	}

	/** Changes how many people of a request's organisation took part. */
	@Transactional
	public void count(Actor actor, long workshopId, long requestId, int participants) {
		CaseworkAccess.requireStaff(actor);
		Workshop workshop = workshops.findById(workshopId).orElseThrow(NotFoundException::new);
		String reference = workshop.count(requestId, participants);
		flush();
		access.changed(actor, reference, "WORKSHOP_COUNTED", "participants");
	}

	/** Takes a request out of a workshop (staff's correction), as of the version the page showed; kept in the request's corrections. */
	@Transactional
	public void detach(Actor actor, long workshopId, long requestId, long expectedVersion) {
		CaseworkAccess.requireStaff(actor);
		Workshop workshop = workshops.findById(workshopId).orElseThrow(NotFoundException::new);
		if (!workshop.holds(requestId)) {
			throw new NotFoundException();
		}
		if (workshop.version() != expectedVersion) {
			throw changedMeanwhile();
		}
		workshop.detach(requestId);
		flush();
		corrections.record(actor, requestId, Corrections.Subject.WORKSHOP, Corrections.Change.REMOVED,
				Facts.of().put("theme", workshop.theme()), null);
	}

	/** Cancels a workshop that has not taken place; its requests leave it (each request's corrections say so). */
	@Transactional
	public void cancel(Actor actor, long workshopId, long expectedVersion) {
		CaseworkAccess.requireStaff(actor);
		Workshop workshop = workshops.findById(workshopId).orElseThrow(NotFoundException::new);
		if (workshop.version() != expectedVersion) {
			throw changedMeanwhile();
		}
		List<Participation> left = workshop.cancel(Brussels.today(clock), clock.instant());
		flush();
		for (Participation participation : left) {
			corrections.record(actor, participation.requestId(), Corrections.Subject.WORKSHOP,
					Corrections.Change.CANCELLED, Facts.of().put("theme", workshop.theme()), null);
		}
	}

	/**
	 * A request that ends before the work (withdrawn, declined, redirected) leaves its workshop, so
	 * the workshop no longer counts its participants. Called from the request's event.
	 */
	@Transactional
	void requestEnded(long requestId) {
		workshops.findHolding(requestId).ifPresent(workshop -> workshop.detach(requestId));
	}

	/**
	 * Workshops, next first then past ones, with the requests and participants in the actor's scope:
	 * a partner's list holds only those with a Brussels request, counted on Brussels requests.
	 */
	public List<WorkshopRow> list(Actor actor) {
		Scope scope = actor.scope();
		String inScope = scope.sql("p.region", "p.organisation_id");
		return jdbc.sql("""
				select w.id, w.theme, min(d.workshop_date), max(d.workshop_date), w.online, w.place, w.cancelled_at is not null,
				       (select count(*) from workshop_participation p where p.workshop_id = w.id and %1$s),
				       (select coalesce(sum(p.participants), 0) from workshop_participation p
				            where p.workshop_id = w.id and %1$s)
				from workshop w left join workshop_date d on d.workshop_id = w.id
				where %2$s
				group by w.id order by max(d.workshop_date) desc nulls last, w.id desc""".formatted(inScope,
					scope.everything() ? "true"
							: "exists (select 1 from workshop_participation p where p.workshop_id = w.id and " + inScope + ")"))
			.params(scope.parameters())
			.query((rs, n) -> new WorkshopRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6), rs.getInt(8), rs.getInt(9),
					rs.getBoolean(7)))
			.list();
	}

	/**
	 * A workshop in the actor's scope, holding only the participations in it: a partner reaches one
	 * holding a Brussels request and sees its Brussels requests; a requester reaches their own
	 * organisation's workshop and sees only their own participation, never the other organisations.
	 */
	public Optional<WorkshopView> find(Actor actor, long id) {
		Scope scope = actor.scope();
		if (scope.none()) {
			return Optional.empty();
		}
		List<ParticipationRow> participations = jdbc.sql("""
				select p.request_id, p.reference, p.organisation_id, p.region, p.participants, o.name
				from workshop_participation p join organisation_summary_view o on o.id = p.organisation_id
				where p.workshop_id = :id and %s order by p.reference""".formatted(
					scope.sql("p.region", "p.organisation_id")))
			.param("id", id)
			.params(scope.parameters())
			.query((rs, n) -> new ParticipationRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
					Region.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6)))
			.list();
		if (!scope.everything() && participations.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select theme, place, online, version, cancelled_at is not null from workshop where id = ?").param(id)
			.query((rs, n) -> new WorkshopHead(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
					rs.getBoolean(5)))
			.optional()
			.map(head -> {
				List<LocalDate> dates = jdbc.sql("select workshop_date from workshop_date where workshop_id = ? order by 1")
					.param(id).query(LocalDate.class).list();
				Set<Long> facilitatorIds = new TreeSet<>(jdbc.sql("select account_id from workshop_facilitator where workshop_id = ?")
					.param(id).query(Long.class).list());
				List<PortalUser> facilitators = accounts.listStaff().stream()
					.filter(s -> facilitatorIds.contains(s.accountId())).toList();
				LocalDate today = Brussels.today(clock);
				return new WorkshopView(id, head.version(), head.theme(), head.place(), head.online(), dates,
						facilitators, participations, perOrganisation(participations), head.cancelled(),
						!head.cancelled() && dates.stream().allMatch(d -> d.isAfter(today)));
			});
	}

	/** The workshop a request is in, if any (the caller has checked access to the request). */
	public Optional<WorkshopView> ofRequest(Actor actor, long requestId) {
		return jdbc.sql("select workshop_id from workshop_participation where request_id = ?").param(requestId)
			.query(Long.class).optional()
			.flatMap(id -> find(actor, id));
	}

	/** Staff who may facilitate. */
	public List<PortalUser> facilitatorChoices() {
		return accounts.listStaff();
	}

	private static List<OrganisationCount> perOrganisation(List<ParticipationRow> participations) {
		Map<Long, List<ParticipationRow>> byOrganisation = participations.stream()
			.collect(Collectors.groupingBy(ParticipationRow::organisationId, LinkedHashMap::new, Collectors.toList()));
		return byOrganisation.entrySet().stream()
			.map(e -> new OrganisationCount(e.getKey(),
					e.getValue().get(0).organisationName(),
					e.getValue().stream().map(ParticipationRow::reference).toList(),
					e.getValue().stream().mapToInt(ParticipationRow::participants).sum()))
			.toList();
	}

	/** The aggregate checks what a workshop must say; the facilitators must be enabled members of the team. */
	private Workshop.Details checked(WorkshopDetails details) {
		Workshop.Details checked = new Workshop.Details(details.theme(), details.dates(), details.place(),
				details.online(), details.facilitatorIds());
		if (!checked.facilitatorIds().stream().allMatch(accounts::isEnabledStaff)) {
			throw new CaseworkException("casework.error.facilitators", "facilitators");
		}
		return checked;
	}

	/** Flushes now, so a change committed meanwhile by someone else is refused here, with a clear message. */
	private void flush() {
		try {
			workshops.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw changedMeanwhile();
		}
	}

	private static CaseworkException changedMeanwhile() {
		return new CaseworkException(CHANGED_MEANWHILE, null);
	}

	private static CaseworkException alreadyInAWorkshop(String reference) {
		return new CaseworkException("casework.workshop.error.alreadyIn", "reference", reference);
	}

	private record WorkshopHead(String theme, String place, boolean online, long version, boolean cancelled) {
	}
}
