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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.followup.CaseworkAccess;
import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Scope;
import be.femmesetsante.sesu.request.RequestNotFoundException;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * Workshops: group sessions (theme, one or more dates, a place or online, staff facilitators) that
 * gather accepted workshop requests, possibly of several organisations, with participants counted
 * per request and so per organisation. Staff write; partners read workshops that hold a Brussels
 * request, and see only the Brussels requests in them (scoped in the queries).
 */
@Service
@Transactional(readOnly = true)
public class Workshops {

	public static final int THEME_MAX = 200;
	public static final int PLACE_MAX = 300;
	public static final int DATES_MAX = 10;

	private final JdbcClient jdbc;
	private final CaseworkAccess access;
	private final Accounts accounts;
	private final Organisations organisations;
	private final Clock clock;

	Workshops(JdbcClient jdbc, CaseworkAccess access, Accounts accounts, Organisations organisations,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.accounts = accounts;
		this.organisations = organisations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What staff type about a workshop. */
	public record WorkshopDetails(String theme, Collection<LocalDate> dates, String place, boolean online,
			Collection<Long> facilitatorIds) {
	}

	/** A line of the workshops list. */
	public record WorkshopRow(long id, String theme, LocalDate firstDate, LocalDate lastDate, boolean online,
			String place, int requests, int participants) {
	}

	public record Participation(long requestId, String reference, long organisationId, Region region,
			int participants) {
	}

	/** Participants counted per organisation, with its requests' references. */
	public record OrganisationCount(long organisationId, String organisationName, List<String> references,
			int participants) {
	}

	public record Workshop(long id, String theme, String place, boolean online, List<LocalDate> dates,
			List<PortalUser> facilitators, List<Participation> participations, List<OrganisationCount> perOrganisation) {

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
		check(details);
		long id = jdbc.sql("insert into workshop (theme, place, online, created_at) values (?, ?, ?, ?) returning id")
			.params(details.theme(), details.place(), details.online(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		writeDatesAndFacilitators(id, details);
		return id;
	}

	@Transactional
	public void update(Actor actor, long id, WorkshopDetails details) {
		CaseworkAccess.requireStaff(actor);
		check(details);
		int changed = jdbc.sql("update workshop set theme = ?, place = ?, online = ? where id = ?")
			.params(details.theme(), details.place(), details.online(), id)
			.update();
		if (changed == 0) {
			throw new RequestNotFoundException();
		}
		jdbc.sql("delete from workshop_date where workshop_id = ?").param(id).update();
		jdbc.sql("delete from workshop_facilitator where workshop_id = ?").param(id).update();
		writeDatesAndFacilitators(id, details);
	}

	/**
	 * Gathers a request in the workshop: accepted as a workshop or in progress, in no other workshop.
	 */
	@Transactional
	public void attach(Actor actor, long workshopId, String reference, int participants) {
		CaseworkAccess.requireStaff(actor);
		requireWorkshop(workshopId);
		SupportRequestView request;
		try {
			request = access.visible(actor, reference == null ? "" : reference.strip());
		}
		catch (RequestNotFoundException ex) {
			throw new CaseworkException("casework.workshop.error.reference", "reference");
		}
		CaseworkAccess.requireWorkable(request, WorkKind.WORKSHOP, "casework.workshop.error.status");
		if (participants < 0 || participants > 10_000) {
			throw new CaseworkException("casework.error.participants", "participants", 0, 10_000);
		}
		Optional<Long> already = jdbc.sql("select workshop_id from workshop_participation where request_id = ?")
			.param(request.id()).query(Long.class).optional();
		if (already.isPresent()) {
			throw new CaseworkException("casework.workshop.error.alreadyIn", "reference", request.reference());
		}
		jdbc.sql("""
				insert into workshop_participation (workshop_id, request_id, reference, organisation_id, region, participants)
				values (?, ?, ?, ?, ?, ?)""")
			.params(workshopId, request.id(), request.reference(), request.organisationId(), request.region().name(),
					participants)
			.update();
	}

	/** Changes how many people of a request's organisation took part. */
	@Transactional
	public void count(Actor actor, long workshopId, long requestId, int participants) {
		CaseworkAccess.requireStaff(actor);
		if (participants < 0 || participants > 10_000) {
			throw new CaseworkException("casework.error.participants", "participants", 0, 10_000);
		}
		int changed = jdbc.sql("update workshop_participation set participants = ? where workshop_id = ? and request_id = ?")
			.params(participants, workshopId, requestId).update();
		if (changed == 0) {
			throw new RequestNotFoundException();
		}
	}

	/**
	 * Workshops, next first then past ones, with the requests and participants in the actor's scope:
	 * a partner's list holds only those with a Brussels request, counted on Brussels requests.
	 */
	public List<WorkshopRow> list(Actor actor) {
		Scope scope = actor.scope();
		String inScope = scope.sql("p.region", "p.organisation_id");
		return jdbc.sql("""
				select w.id, w.theme, min(d.workshop_date), max(d.workshop_date), w.online, w.place,
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
					rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getString(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/**
	 * A workshop in the actor's scope, holding only the participations in it: a partner reaches one
	 * holding a Brussels request and sees its Brussels requests; a requester reaches their own
	 * organisation's workshop and sees only their own participation, never the other organisations.
	 */
	public Optional<Workshop> find(Actor actor, long id) {
		Scope scope = actor.scope();
		if (scope.none()) {
			return Optional.empty();
		}
		List<Participation> participations = jdbc.sql("""
				select request_id, reference, organisation_id, region, participants from workshop_participation
				where workshop_id = :id and %s order by reference""".formatted(scope.sql("region", "organisation_id")))
			.param("id", id)
			.params(scope.parameters())
			.query((rs, n) -> new Participation(rs.getLong(1), rs.getString(2), rs.getLong(3),
					Region.valueOf(rs.getString(4)), rs.getInt(5)))
			.list();
		if (!scope.everything() && participations.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select theme, place, online from workshop where id = ?").param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBoolean(3) })
			.optional()
			.map(row -> {
				List<LocalDate> dates = jdbc.sql("select workshop_date from workshop_date where workshop_id = ? order by 1")
					.param(id).query(LocalDate.class).list();
				Set<Long> facilitatorIds = new TreeSet<>(jdbc.sql("select account_id from workshop_facilitator where workshop_id = ?")
					.param(id).query(Long.class).list());
				List<PortalUser> facilitators = accounts.listStaff().stream()
					.filter(s -> facilitatorIds.contains(s.accountId())).toList();
				return new Workshop(id, (String) row[0], (String) row[1], (Boolean) row[2], dates, facilitators,
						participations, perOrganisation(participations));
			});
	}

	/** The workshop a request is in, if any (the caller has checked access to the request). */
	public Optional<Workshop> ofRequest(Actor actor, long requestId) {
		return jdbc.sql("select workshop_id from workshop_participation where request_id = ?").param(requestId)
			.query(Long.class).optional()
			.flatMap(id -> find(actor, id));
	}

	/** Staff who may facilitate. */
	public List<PortalUser> facilitatorChoices() {
		return accounts.listStaff();
	}

	private List<OrganisationCount> perOrganisation(List<Participation> participations) {
		Map<Long, List<Participation>> byOrganisation = participations.stream()
			.collect(Collectors.groupingBy(Participation::organisationId, LinkedHashMap::new, Collectors.toList()));
		return byOrganisation.entrySet().stream()
			.map(e -> new OrganisationCount(e.getKey(),
					organisations.findById(e.getKey()).map(OrganisationView::name).orElse("—"),
					e.getValue().stream().map(Participation::reference).toList(),
					e.getValue().stream().mapToInt(Participation::participants).sum()))
			.toList();
	}

	private void check(WorkshopDetails details) {
		if (details.theme() == null || details.theme().isBlank()) {
			throw new CaseworkException("casework.error.theme", "theme");
		}
		if (details.theme().length() > THEME_MAX) {
			throw new CaseworkException("casework.error.tooLong", "theme", THEME_MAX);
		}
		if (details.dates() == null || details.dates().isEmpty()) {
			throw new CaseworkException("casework.error.dates", "dates");
		}
		if (details.dates().size() > DATES_MAX) {
			throw new CaseworkException("casework.error.tooManyDates", "dates", DATES_MAX);
		}
		if (!details.online() && (details.place() == null || details.place().isBlank())) {
			throw new CaseworkException("casework.error.place", "place");
		}
		if (details.place() != null && details.place().length() > PLACE_MAX) {
			throw new CaseworkException("casework.error.tooLong", "place", PLACE_MAX);
		}
		Set<Long> staff = accounts.listStaff().stream().map(PortalUser::accountId).collect(Collectors.toSet());
		if (details.facilitatorIds() == null || details.facilitatorIds().isEmpty()
				|| !staff.containsAll(details.facilitatorIds())) {
			throw new CaseworkException("casework.error.facilitators", "facilitators");
		}
	}

	private void writeDatesAndFacilitators(long id, WorkshopDetails details) {
		for (LocalDate date : new TreeSet<>(details.dates())) {
			jdbc.sql("insert into workshop_date (workshop_id, workshop_date) values (?, ?)").params(id, date).update();
		}
		for (Long facilitator : new TreeSet<>(details.facilitatorIds())) {
			jdbc.sql("insert into workshop_facilitator (workshop_id, account_id) values (?, ?)")
				.params(id, facilitator).update();
		}
	}

	private void requireWorkshop(long id) {
		if (jdbc.sql("select count(*) from workshop where id = ?").param(id).query(Long.class).single() == 0) {
			throw new RequestNotFoundException();
		}
	}
}
