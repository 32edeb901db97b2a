package be.femmesetsante.sesu.casework.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.shared.Scope;
import be.femmesetsante.sesu.request.SupportRequestView;

/**
 * Follow-ups of a request: contacts, next actions and time spent, each an aggregate holding its own
 * rules. Staff write them on requests that are not over; reads are SQL projections for whoever may
 * see the request (the caller checked access; the section decides what part each audience sees).
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	public static final int SUMMARY_MAX = Contact.SUMMARY_MAX;
	public static final int WHAT_MAX = NextAction.WHAT_MAX;

	private final JdbcClient jdbc;
	private final ContactRepository contacts;
	private final NextActionRepository actions;
	private final TimeEntryRepository time;
	private final CaseworkAccess access;
	private final Accounts accounts;
	private final Clock clock;
	private final ReferenceList activities;
	private final Corrections corrections;

	FollowUps(JdbcClient jdbc, ContactRepository contacts, NextActionRepository actions, TimeEntryRepository time,
			CaseworkAccess access, Accounts accounts, ObjectProvider<Clock> clock,
			@Qualifier(ActivityList.NAME) ReferenceList activities, Corrections corrections) {
		this.corrections = corrections;
		this.activities = activities;
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.actions = actions;
		this.time = time;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** {@code mine}: the reader wrote it, so may correct it. */
	public record ContactView(long id, long version, LocalDate date, ContactChannel channel, String summary,
			boolean mine) {
	}

	/** {@code endedWithRequest}: closed because the request ended, not done. */
	public record ActionView(long id, long version, String what, LocalDate dueDate, long assigneeAccountId,
			String assigneeName, boolean done, boolean endedWithRequest, boolean mine) {
	}

	public record TimeView(long id, long version, LocalDate date, int minutes, Activity activity, boolean mine) {
	}

	@Transactional
	public long addContact(Actor actor, String reference, LocalDate date, ContactChannel channel, String summary) {
		SupportRequestView request = openRequest(actor, reference);
		access.changed(actor, request, "CONTACT_NOTED", "contact_date", "channel", "summary");
		return contacts.save(Contact.note(request.id(), date, channel, summary, actor.accountId(), clock.instant())).id();
	}

	/** A next action for a member of the team (the assignee must be an enabled staff member). */
	@Transactional
	public long addAction(Actor actor, String reference, String what, LocalDate dueDate, long assigneeAccountId) {
		SupportRequestView request = openRequest(actor, reference);
		access.changed(actor, request, "NEXT_ACTION_PLANNED", "what", "due_date", "assignee");
		return actions.save(NextAction.plan(request.id(), what, dueDate, assigneeAccountId,
				accounts.isEnabledStaff(assigneeAccountId), actor.accountId(), clock.instant())).id();
	}

	/** Marks a next action of this request done (again: no change), as of the version the page showed. */
	@Transactional
	public void markDone(Actor actor, String reference, long actionId, long expectedVersion) {
		SupportRequestView request = access.writable(actor, reference);
		NextAction action = actions.findByIdAndRequestId(actionId, request.id()).orElseThrow(NotFoundException::new);
		Corrections.requireVersion(action.version(), expectedVersion);
		if (action.done()) {
			return;
		}
		Facts before = action.facts(assigneeName(action.assigneeAccountId()));
		action.markDone(clock.instant());
		access.changed(actor, request, "NEXT_ACTION_DONE", "done");
		Corrections.flush(actions::flush);
		corrections.record(actor, request.id(), Corrections.Subject.NEXT_ACTION, Corrections.Change.DONE, before,
				null);
	}

	@Transactional
	public void correctContact(Actor actor, String reference, long id, long expectedVersion, LocalDate date,
			ContactChannel channel, String summary) {
		SupportRequestView request = access.writable(actor, reference);
		Contact contact = contacts.findById(id).filter(c -> c.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(contact.version(), expectedVersion);
		Facts before = contact.facts();
		contact.correct(date, channel, summary, actor.accountId(), !request.status().isEnded());
		Corrections.flush(contacts::flush);
		corrections.record(actor, request.id(), Corrections.Subject.CONTACT, Corrections.Change.EDITED, before,
				contact.facts());
	}

	@Transactional
	public void deleteContact(Actor actor, String reference, long id, long expectedVersion) {
		SupportRequestView request = access.writable(actor, reference);
		Contact contact = contacts.findById(id).filter(c -> c.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(contact.version(), expectedVersion);
		contact.requireCorrectable(actor.accountId(), !request.status().isEnded());
		contacts.delete(contact);
		Corrections.flush(contacts::flush);
		corrections.record(actor, request.id(), Corrections.Subject.CONTACT, Corrections.Change.DELETED,
				contact.facts(), null);
	}

	@Transactional
	public void correctAction(Actor actor, String reference, long id, long expectedVersion, String what,
			LocalDate dueDate, long assigneeAccountId) {
		SupportRequestView request = access.writable(actor, reference);
		NextAction action = actions.findByIdAndRequestId(id, request.id()).orElseThrow(NotFoundException::new);
		Corrections.requireVersion(action.version(), expectedVersion);
		Facts before = action.facts(assigneeName(action.assigneeAccountId()));
		action.correct(what, dueDate, assigneeAccountId, accounts.isEnabledStaff(assigneeAccountId),
				actor.accountId(), !request.status().isEnded());
		Corrections.flush(actions::flush);
		corrections.record(actor, request.id(), Corrections.Subject.NEXT_ACTION, Corrections.Change.EDITED, before,
				action.facts(assigneeName(assigneeAccountId)));
	}

	@Transactional
	public void deleteAction(Actor actor, String reference, long id, long expectedVersion) {
		SupportRequestView request = access.writable(actor, reference);
		NextAction action = actions.findByIdAndRequestId(id, request.id()).orElseThrow(NotFoundException::new);
		Corrections.requireVersion(action.version(), expectedVersion);
		action.requireCorrectable(actor.accountId(), !request.status().isEnded());
		actions.delete(action);
		Corrections.flush(actions::flush);
		corrections.record(actor, request.id(), Corrections.Subject.NEXT_ACTION, Corrections.Change.DELETED,
				action.facts(assigneeName(action.assigneeAccountId())), null);
	}

	@Transactional
	public void correctTime(Actor actor, String reference, long id, long expectedVersion, LocalDate date, int minutes,
			Activity activity) {
		SupportRequestView request = access.writable(actor, reference);
		TimeEntry entry = time.findById(id).filter(t -> t.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(entry.version(), expectedVersion);
		Facts before = entry.facts();
		entry.correct(date, minutes, activity, actor.accountId(), !request.status().isEnded());
		Corrections.flush(time::flush);
		corrections.record(actor, request.id(), Corrections.Subject.TIME_ENTRY, Corrections.Change.EDITED, before,
				entry.facts());
	}

	@Transactional
	public void deleteTime(Actor actor, String reference, long id, long expectedVersion) {
		SupportRequestView request = access.writable(actor, reference);
		TimeEntry entry = time.findById(id).filter(t -> t.requestId() == request.id())
			.orElseThrow(NotFoundException::new);
		Corrections.requireVersion(entry.version(), expectedVersion);
		entry.requireCorrectable(actor.accountId(), !request.status().isEnded());
		time.delete(entry);
		Corrections.flush(time::flush);
		corrections.record(actor, request.id(), Corrections.Subject.TIME_ENTRY, Corrections.Change.DELETED,
				entry.facts(), null);
	}

	private String assigneeName(long accountId) {
		return accounts.findById(accountId).map(PortalUser::displayName).orElse("—");
	}

	/** The activities the time form offers, in the list's order. */
	public List<Activity> offeredActivities() {
		return activities.offered().stream().map(e -> Activity.valueOf(e.code())).toList();
	}

	@Transactional
	public long logTime(Actor actor, String reference, LocalDate date, int minutes, Activity activity) {
		if (activity != null && !activities.isOffered(activity.name())) {
			throw new CaseworkException("reference.error.notOffered", "activity");
		}
		SupportRequestView request = openRequest(actor, reference);
		access.changed(actor, request, "TIME_LOGGED", "entry_date", "minutes", "activity");
		return time.save(TimeEntry.log(request.id(), date, minutes, activity, actor.accountId(), clock.instant())).id();
	}

	/** Closes the open next actions of a request that ended (see {@link FollowUpsOnRequestEnded}). */
	@Transactional
	void closeOpenActions(long requestId, java.time.Instant at) {
		actions.closeOpenOf(requestId, at);
	}

	/**
	 * A request's contacts, newest first. Like every follow-up read: only for an audience that sees
	 * the team's follow-ups, and only on a request in the actor's scope (the condition is in the SQL).
	 */
	public List<ContactView> contactsOf(Actor actor, long requestId) {
		return read(actor, requestId, """
				select f.id, f.contact_date, f.channel, f.summary, f.version, f.author_account_id
				from followup_contact f join request_summary_view r on r.id = f.request_id
				where f.request_id = :request and %s order by f.contact_date desc, f.id desc""",
				(rs, n) -> new ContactView(rs.getLong(1), rs.getLong(5), rs.getObject(2, LocalDate.class),
						ContactChannel.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(6) == actor.accountId()));
	}

	/**
	 * Open actions first, by due date; the assignee's name in the same statement, from the name view
	 * the account module publishes (never its table, which holds e-mails and password hashes).
	 */
	public List<ActionView> actionsOf(Actor actor, long requestId) {
		return read(actor, requestId, """
				select a.id, a.what, a.due_date, a.assignee_account_id, ac.display_name, a.done, a.ended_with_request,
				       a.version, a.author_account_id
				from next_action a join account_name_view ac on ac.id = a.assignee_account_id
				    join request_summary_view r on r.id = a.request_id
				where a.request_id = :request and %s order by a.done, a.due_date, a.id""",
				(rs, n) -> new ActionView(rs.getLong(1), rs.getLong(8), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getLong(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7),
						rs.getLong(9) == actor.accountId() || rs.getLong(4) == actor.accountId()));
	}

	public List<TimeView> timeOf(Actor actor, long requestId) {
		return read(actor, requestId, """
				select t.id, t.entry_date, t.minutes, t.activity, t.version, t.account_id
				from time_entry t join request_summary_view r on r.id = t.request_id
				where t.request_id = :request and %s order by t.entry_date desc, t.id desc""",
				(rs, n) -> new TimeView(rs.getLong(1), rs.getLong(5), rs.getObject(2, LocalDate.class), rs.getInt(3),
						Activity.valueOf(rs.getString(4)), rs.getLong(6) == actor.accountId()));
	}

	/** One follow-up read: the audience may see follow-ups, and the request is in the actor's scope. */
	private <T> List<T> read(Actor actor, long requestId, String sql, org.springframework.jdbc.core.RowMapper<T> rows) {
		if (!actor.audience().seesFollowUps()) {
			return List.of();
		}
		Scope scope = actor.scope();
		return jdbc.sql(sql.formatted(scope.sql("r.region", "r.organisation_id")))
			.param("request", requestId)
			.params(scope.parameters())
			.query(rows)
			.list();
	}

	/** Staff only, a request in scope and not over. */
	private SupportRequestView openRequest(Actor actor, String reference) {
		SupportRequestView request = access.writable(actor, reference);
		CaseworkAccess.requireOpen(request);
		return request;
	}

	/** Staff who may be given an action. */
	public List<PortalUser> assignees() {
		return accounts.listStaff();
	}
}
