package be.femmesetsante.sesu.casework.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.SupportRequestView;

/**
 * Follow-ups of a request: contacts, next actions and time spent. Staff write them on requests
 * that are not over; reads are for whoever may see the request (the caller checked access).
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	public static final int SUMMARY_MAX = 4_000;
	public static final int WHAT_MAX = 300;

	private final JdbcClient jdbc;
	private final CaseworkAccess access;
	private final Accounts accounts;
	private final Clock clock;

	FollowUps(JdbcClient jdbc, CaseworkAccess access, Accounts accounts, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public record ContactView(long id, LocalDate date, ContactChannel channel, String summary) {
	}

	public record ActionView(long id, String what, LocalDate dueDate, long assigneeAccountId, String assigneeName,
			boolean done) {
	}

	public record TimeView(long id, LocalDate date, int minutes, Activity activity) {
	}

	@Transactional
	public long addContact(Actor actor, String reference, LocalDate date, ContactChannel channel, String summary) {
		SupportRequestView request = openRequest(actor, reference);
		if (summary != null && summary.length() > SUMMARY_MAX) {
			throw new CaseworkException("casework.error.tooLong", "summary", SUMMARY_MAX);
		}
		return jdbc.sql("""
				insert into followup_contact (request_id, contact_date, channel, summary, author_account_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(request.id(), date, channel.name(), summary, actor.accountId(), now())
			.query(Long.class).single();
	}

	/** A next action for a staff member (the assignee must be staff). */
	@Transactional
	public long addAction(Actor actor, String reference, String what, LocalDate dueDate, long assigneeAccountId) {
		SupportRequestView request = openRequest(actor, reference);
		if (what == null || what.isBlank()) {
			throw new CaseworkException("casework.error.what", "what");
		}
		if (what.length() > WHAT_MAX) {
			throw new CaseworkException("casework.error.tooLong", "what", WHAT_MAX);
		}
		boolean staff = accounts.listStaff().stream().anyMatch(s -> s.accountId() == assigneeAccountId);
		if (!staff) {
			throw new CaseworkException("casework.error.assignee", "assignee");
		}
		return jdbc.sql("""
				insert into next_action (request_id, what, due_date, assignee_account_id, author_account_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(request.id(), what, dueDate, assigneeAccountId, actor.accountId(), now())
			.query(Long.class).single();
	}

	/** Marks a next action of this request done (again: no change). */
	@Transactional
	public void markDone(Actor actor, String reference, long actionId) {
		SupportRequestView request = access.writable(actor, reference);
		int changed = jdbc.sql("update next_action set done = true, done_at = coalesce(done_at, ?) where id = ? and request_id = ?")
			.params(now(), actionId, request.id())
			.update();
		if (changed == 0) {
			throw new be.femmesetsante.sesu.request.RequestNotFoundException();
		}
	}

	@Transactional
	public long logTime(Actor actor, String reference, LocalDate date, int minutes, Activity activity) {
		SupportRequestView request = openRequest(actor, reference);
		return jdbc.sql("""
				insert into time_entry (request_id, entry_date, minutes, activity, account_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(request.id(), date, minutes, activity.name(), actor.accountId(), now())
			.query(Long.class).single();
	}

	public List<ContactView> contactsOf(long requestId) {
		return jdbc.sql("select id, contact_date, channel, summary from followup_contact where request_id = ?"
				+ " order by contact_date desc, id desc")
			.param(requestId)
			.query((rs, n) -> new ContactView(rs.getLong(1), rs.getObject(2, LocalDate.class),
					ContactChannel.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	/**
	 * Open actions first, by due date; the assignee's name in the same statement, from the name view
	 * the account module publishes (never its table, which holds e-mails and password hashes).
	 */
	public List<ActionView> actionsOf(long requestId) {
		return jdbc.sql("""
				select a.id, a.what, a.due_date, a.assignee_account_id, ac.display_name, a.done
				from next_action a join account_name_view ac on ac.id = a.assignee_account_id
				where a.request_id = ? order by a.done, a.due_date, a.id""")
			.param(requestId)
			.query((rs, n) -> new ActionView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getLong(4), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	public List<TimeView> timeOf(long requestId) {
		return jdbc.sql("select id, entry_date, minutes, activity from time_entry where request_id = ?"
				+ " order by entry_date desc, id desc")
			.param(requestId)
			.query((rs, n) -> new TimeView(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
					Activity.valueOf(rs.getString(4))))
			.list();
	}

	/** Staff only, a request in scope and not over. */
	private SupportRequestView openRequest(Actor actor, String reference) {
		SupportRequestView request = access.writable(actor, reference);
		CaseworkAccess.requireOpen(request);
		return request;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	/** Staff who may be given an action. */
	public List<PortalUser> assignees() {
		return accounts.listStaff();
	}
}
