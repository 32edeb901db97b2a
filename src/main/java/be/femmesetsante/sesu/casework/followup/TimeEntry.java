package be.femmesetsante.sesu.casework.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Time a member of the team spent on a request, by activity: what the activity reports add up. */
@Entity
@Table(name = "time_entry")
class TimeEntry {

	static final int MINUTES_MAX = 1440;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "entry_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private int minutes;

	@Column(nullable = false, length = 20)
	private Activity activity;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected TimeEntry() {
		// for JPA
	}

	static TimeEntry log(long requestId, LocalDate date, int minutes, Activity activity, long accountId, Instant at) {
		check(date, minutes, activity);
		TimeEntry entry = new TimeEntry();
		entry.requestId = requestId;
		entry.date = date;
		entry.minutes = minutes;
		entry.activity = activity;
		entry.accountId = accountId;
		entry.createdAt = at;
		return entry;
	}

	/** The person whose time it is corrects it. */
	void correct(LocalDate date, int minutes, Activity activity, long actorAccountId, boolean requestOpen) {
		requireCorrectable(actorAccountId, requestOpen);
		check(date, minutes, activity);
		this.date = date;
		this.minutes = minutes;
		this.activity = activity;
	}

	/** Corrections (edit, delete) are the author's, on a request not over (a closed request is reopened first). */
	void requireCorrectable(long actorAccountId, boolean requestOpen) {
		if (!requestOpen) {
			throw new CaseworkException("casework.correction.error.ended", null);
		}
		if (actorAccountId != accountId) {
			throw new CaseworkException("casework.correction.error.notYours", null);
		}
	}

	Facts facts() {
		return Facts.of().put("date", date).put("minutes", minutes).label("activity", activity.messageKey());
	}

	private static void check(LocalDate date, int minutes, Activity activity) {
		if (date == null) {
			throw new CaseworkException("casework.error.timeDate", "timeDate");
		}
		if (minutes < 1 || minutes > MINUTES_MAX) {
			throw new CaseworkException("casework.error.minutes", "minutes", 1, MINUTES_MAX);
		}
		if (activity == null) {
			throw new CaseworkException("casework.error.activity", "activity");
		}
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	long requestId() {
		return requestId;
	}
}
