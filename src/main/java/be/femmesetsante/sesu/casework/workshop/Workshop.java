package be.femmesetsante.sesu.casework.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import be.femmesetsante.sesu.casework.followup.CaseworkException;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * A workshop: a group session (theme, one or more dates, a place or online, staff facilitators)
 * gathering requests accepted as workshops, possibly of several organisations, with their
 * participants counted per request. The aggregate holds its rules: what a workshop must say, which
 * requests may join, and that a request ending before the work leaves it. Its version makes two
 * people editing one workshop at once notice each other instead of overwriting.
 */
@Entity
@Table(name = "workshop")
class Workshop {

	static final int THEME_MAX = 200;
	static final int PLACE_MAX = 300;
	static final int DATES_MAX = 10;
	static final int PARTICIPANTS_MAX = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = THEME_MAX)
	private String theme;

	@Column(length = PLACE_MAX)
	private String place;

	@Column(nullable = false)
	private boolean online;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@ElementCollection
	@CollectionTable(name = "workshop_date", joinColumns = @JoinColumn(name = "workshop_id"))
	@Column(name = "workshop_date", nullable = false)
	private Set<LocalDate> dates = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "workshop_facilitator", joinColumns = @JoinColumn(name = "workshop_id"))
	@Column(name = "account_id", nullable = false)
	private Set<Long> facilitatorIds = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "workshop_participation", joinColumns = @JoinColumn(name = "workshop_id"))
	private List<Participation> participations = new ArrayList<>();

	protected Workshop() {
		// for JPA
	}

	/** What staff type about a workshop, checked; facilitators are checked against the team by the caller. */
	record Details(String theme, Collection<LocalDate> dates, String place, boolean online,
			Collection<Long> facilitatorIds) {

		Details {
			if (theme == null || theme.isBlank()) {
				throw new CaseworkException("casework.error.theme", "theme");
			}
			if (theme.length() > THEME_MAX) {
				throw new CaseworkException("casework.error.tooLong", "theme", THEME_MAX);
			}
			if (dates == null || dates.isEmpty()) {
				throw new CaseworkException("casework.error.dates", "dates");
			}
			if (dates.size() > DATES_MAX) {
				throw new CaseworkException("casework.error.tooManyDates", "dates", DATES_MAX);
			}
			if (!online && (place == null || place.isBlank())) {
				throw new CaseworkException("casework.error.place", "place");
			}
			if (place != null && place.length() > PLACE_MAX) {
				throw new CaseworkException("casework.error.tooLong", "place", PLACE_MAX);
			}
			if (facilitatorIds == null || facilitatorIds.isEmpty()) {
				throw new CaseworkException("casework.error.facilitators", "facilitators");
			}
		}
	}

	static Workshop plan(Details details, Instant at) {
		Workshop workshop = new Workshop();
		workshop.createdAt = at;
		workshop.change(details);
		return workshop;
	}

	void change(Details details) {
		requireNotCancelled();
		this.theme = details.theme().strip();
		this.place = details.place() == null || details.place().isBlank() ? null : details.place().strip();
		this.online = details.online();
		this.dates.clear();
		this.dates.addAll(details.dates());
		this.facilitatorIds.clear();
		this.facilitatorIds.addAll(details.facilitatorIds());
	}

	/**
	 * Gathers a request: accepted as a workshop (or its workshop work already in progress), and not
	 * in this workshop yet. That it is in no other workshop is the database's to say (a request joins
	 * one workshop: a unique key), since two people may attach it at the same moment.
	 */
	void attach(SupportRequestView request, int participants) {
		requireNotCancelled();
		boolean workshopWork = request.workKind() == WorkKind.WORKSHOP && (request.status() == RequestStatus.ACCEPTED
				|| request.status() == RequestStatus.IN_PROGRESS);
		if (!workshopWork) {
			throw new CaseworkException("casework.workshop.error.status", "reference",
					new DefaultMessageSourceResolvable(request.status().messageKey()));
		}
		if (holds(request.id())) {
			throw new CaseworkException("casework.workshop.error.alreadyIn", "reference", request.reference());
		}
		participations.add(new Participation(request.id(), request.reference(), request.organisationId(),
				request.region(), checked(participants)));
	}

	/** How many people of a request's organisation took part. */
	/** Counts who took part for this request; answers the request's reference (for the audit trail). */
	String count(long requestId, int participants) {
		int count = checked(participants);
		Participation participation = participations.stream().filter(p -> p.requestId() == requestId).findFirst()
			.orElseThrow(be.femmesetsante.sesu.shared.NotFoundException::new);
		participations.set(participations.indexOf(participation), participation.withParticipants(count));
		return participation.reference();
	}

	/** Takes a request out of the workshop (staff's correction, or the request ended before the work). */
	boolean detach(long requestId) {
		return participations.removeIf(p -> p.requestId() == requestId);
	}

	/**
	 * Cancels a workshop that has not taken place (its first date is after today): its requests
	 * leave it, free to join another; it stays listed as cancelled.
	 *
	 * @return the requests that left it
	 */
	List<Participation> cancel(java.time.LocalDate today, Instant at) {
		requireNotCancelled();
		if (dates.stream().anyMatch(d -> !d.isAfter(today))) {
			throw new CaseworkException("casework.workshop.error.tookPlace", null);
		}
		List<Participation> left = List.copyOf(participations);
		participations.clear();
		cancelledAt = at;
		return left;
	}

	boolean cancelled() {
		return cancelledAt != null;
	}

	String theme() {
		return theme;
	}

	private void requireNotCancelled() {
		if (cancelledAt != null) {
			throw new CaseworkException("casework.workshop.error.cancelled", null);
		}
	}

	boolean holds(long requestId) {
		return participations.stream().anyMatch(p -> p.requestId() == requestId);
	}

	private static int checked(int participants) {
		if (participants < 0 || participants > PARTICIPANTS_MAX) {
			throw new CaseworkException("casework.error.participants", "participants", 0, PARTICIPANTS_MAX);
		}
		return participants;
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}
}
