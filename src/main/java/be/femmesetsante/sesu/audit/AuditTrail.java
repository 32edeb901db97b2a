package be.femmesetsante.sesu.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.messaging.DocumentShared;
import be.femmesetsante.sesu.messaging.MessagePosted;
import be.femmesetsante.sesu.request.LeadReassigned;
import be.femmesetsante.sesu.request.RequestStatusChanged;
import be.femmesetsante.sesu.request.RequestSubmitted;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.CaseChanged;
import be.femmesetsante.sesu.shared.CaseRead;

/**
 * The audit trail's door: records (one INSERT, nothing read first) and searches.
 * <p>
 * Why events and a synchronous listener: the request module's door publishes {@link CaseRead} on
 * every read and its aggregates publish their moves; other modules publish {@link CaseChanged}. The
 * listeners below are plain {@code @EventListener}s, so they run in the publisher's thread and
 * transaction: a change and its audit row commit or roll back together, and no module depends on
 * this one. (The modules' {@code @ApplicationModuleListener}s run after commit; these must not.)
 * When the caller's transaction is read-only (PostgreSQL refuses an INSERT there), the row is written
 * in a short transaction of its own rather than lost.
 */
@Service
public class AuditTrail {

	static final int PAGE_SIZE = 50;

	/** The most rows a CSV export holds; the page says to narrow the search beyond it. */
	static final int EXPORT_MAX = 100_000;

	private static final Map<String, List<String>> FIELDS_OF_MOVE = Map.of(
			"LEAD_ASSIGNED", List.of("status", "lead"),
			"ACCEPTED", List.of("status", "work_kind"),
			"STARTED", List.of("status"),
			"CLOSED", List.of("status", "closing_summary"),
			"DECLINED", List.of("status", "decline_reason"),
			"REDIRECTED", List.of("status", "redirect_target"),
			"WITHDRAWN", List.of("status", "withdraw_reason"),
			"REOPENED", List.of("status", "closing_summary"));

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Accounts accounts, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// --- what is recorded

	@EventListener
	void on(CaseRead read) {
		AuditAction action = switch (read.access()) {
			case PAGE -> AuditAction.PAGE_READ;
			case DOCUMENT -> AuditAction.DOCUMENT_READ;
			case EXPORT -> AuditAction.EXPORT_READ;
		};
		record(read.actorAccountId(), action, read.reference(), List.of(), read.detail());
	}

	@EventListener
	void on(CaseChanged change) {
		record(change.actorAccountId(), AuditAction.valueOf(change.action()), change.reference(), change.fields(), null);
	}

	@EventListener
	void on(RequestSubmitted submitted) {
		record(submitted.requesterAccountId(), AuditAction.SUBMITTED, submitted.reference(),
				List.of("title", "description", "audience", "audience_tags", "kinds", "desired_period",
						"preferred_format", "team_size", "heard_of_us", "privacy_notice_version"),
				null);
	}

	@EventListener
	void on(RequestStatusChanged changed) {
		String action = changed.action().name();
		record(changed.actorAccountId(), AuditAction.valueOf(action), changed.reference(),
				FIELDS_OF_MOVE.getOrDefault(action, List.of("status")), null);
	}

	@EventListener
	void on(LeadReassigned reassigned) {
		record(reassigned.actorAccountId(), AuditAction.LEAD_ASSIGNED, reassigned.reference(), List.of("lead"), null);
	}

	@EventListener
	void on(MessagePosted posted) {
		record(posted.authorAccountId(), AuditAction.MESSAGE_POSTED, posted.reference(), List.of("body"), null);
	}

	@EventListener
	void on(DocumentShared shared) {
		record(shared.uploaderAccountId(), AuditAction.DOCUMENT_SHARED, shared.reference(),
				List.of("file_name", "content"), null);
	}

	/** Each factor that succeeds: the password, the team's code, a passkey, the professional's link. */
	@EventListener
	void on(AuthenticationSuccessEvent success) {
		Authentication authentication = success.getAuthentication();
		Long account = authentication.getPrincipal() instanceof PortalUser user ? user.accountId() : null;
		record(account, AuditAction.SIGN_IN, null, List.of(), factor(authentication));
	}

	/**
	 * A refused password, code or link. The typed address is kept only as the account it names (an
	 * address that is no account, or a password typed in the wrong box, is never stored).
	 */
	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		Authentication authentication = failure.getAuthentication();
		Long account = null;
		if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.getName() != null
				&& authentication.getName().length() <= 320) {
			account = accounts.findByEmail(authentication.getName().strip()).map(PortalUser::accountId).orElse(null);
		}
		else if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			account = user.accountId();
		}
		record(account, AuditAction.SIGN_IN_FAILED, null, List.of(),
				factor(authentication) + ": " + failure.getException().getClass().getSimpleName());
	}

	/** Retention anonymised this request: the trail keeps its reference, and says when. */
	public void anonymised(String reference) {
		record(null, AuditAction.ANONYMISED, reference, List.of(), null);
	}

	private static String factor(Authentication authentication) {
		if (authentication == null) {
			return "?";
		}
		boolean passkey = authentication.getClass().getSimpleName().startsWith("WebAuthn") || authentication
			.getAuthorities()
			.stream()
			.anyMatch(a -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a.getAuthority()));
		if (passkey) {
			return "PASSKEY";
		}
		return authentication instanceof UsernamePasswordAuthenticationToken ? "PASSWORD" : "ONE_TIME_TOKEN";
	}

	/** One INSERT: in the caller's transaction, or in its own when the caller's is read-only. */
	void record(Long actorAccountId, AuditAction action, String reference, List<String> fields, String detail) {
		String address = clientAddress();
		Timestamp at = Timestamp.from(clock.instant());
		Runnable insert = () -> jdbc.sql("""
				insert into audit_event (at, actor_account_id, action, request_reference, fields, detail, client_address)
				values (:at, :actor, :action, :reference, string_to_array(:fields, ','), :detail, :address)""")
			.param("at", at)
			.param("actor", actorAccountId)
			.param("action", action.name())
			.param("reference", reference)
			.param("fields", String.join(",", fields))
			.param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 200)))
			.param("address", address)
			.update();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			ownTransaction.executeWithoutResult(status -> insert.run());
		}
		else {
			insert.run();
		}
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String address = request.getRemoteAddr();
			return address == null ? null : address.substring(0, Math.min(address.length(), 45));
		}
		return null;
	}

	// --- what is read back

	/** An audit row as the pages show it; the person's current name (anonymised with their account). */
	public record Entry(long id, Instant at, Long actorAccountId, String actorName, String actorRole,
			AuditAction action, String reference, List<String> fields, String detail, String clientAddress) {

		public java.time.ZonedDateTime local() {
			return at.atZone(Brussels.ZONE);
		}

		public String fieldList() {
			return String.join(", ", fields);
		}
	}

	/** The admin's search; every criterion optional. */
	public record Filter(String person, String reference, AuditAction action, LocalDate from, LocalDate to) {

		public static Filter of(String person, String reference, String action, LocalDate from, LocalDate to) {
			return new Filter(blankToNull(person), reference == null || reference.isBlank() ? null
					: reference.strip().toUpperCase(java.util.Locale.ROOT), AuditAction.parse(action), from, to);
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}
	}

	private static final String SELECT = """
			select e.id, e.at, e.actor_account_id, a.display_name, a.role, e.action, e.request_reference,
			       array_to_string(e.fields, ','), e.detail, e.client_address
			from audit_event e left join account_name_view a on a.id = e.actor_account_id""";

	/**
	 * Reads are grouped by person, kind of read and Brussels day (a member of the team opens a case
	 * many times a day; one line says so); every change keeps its own line.
	 */
	private static final String PASSAGE_GROUP = """
			group by e.actor_account_id, e.action,
			  case when e.action in ('PAGE_READ', 'DOCUMENT_READ', 'EXPORT_READ')
			       then (e.at at time zone 'Europe/Brussels')::date::text else e.id::text end""";

	/** Who read or changed this request, newest first, reads grouped (staff, on the casework page). */
	public List<Passage> passagesOfRequest(String reference, int limit) {
		return jdbc.sql("""
				select max(e.at), min(e.at), max(a.display_name), e.action, max(array_to_string(e.fields, ',')), count(*)
				from audit_event e left join account_name_view a on a.id = e.actor_account_id
				where e.request_reference = :reference
				""" + PASSAGE_GROUP + " order by max(e.at) desc, max(e.id) desc limit :limit")
			.param("reference", reference)
			.param("limit", limit)
			.query((rs, n) -> {
				String fields = rs.getString(5);
				return new Passage(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getString(3),
						AuditAction.valueOf(rs.getString(4)),
						fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")), rs.getLong(6));
			})
			.list();
	}

	/** How many lines {@link #passagesOfRequest} has for this request in all. */
	public long countPassagesOfRequest(String reference) {
		return jdbc.sql("select count(*) from (select 1 from audit_event e where e.request_reference = :reference "
				+ PASSAGE_GROUP + ") passages")
			.param("reference", reference)
			.query(Long.class)
			.single();
	}

	/**
	 * One line of a request's accesses: a change, or a person's reads of one kind on one day
	 * ({@code times} of them, from {@code firstAt} to {@code at}).
	 */
	public record Passage(Instant at, Instant firstAt, String actorName, AuditAction action, List<String> fields,
			long times) {

		public java.time.ZonedDateTime local() {
			return at.atZone(Brussels.ZONE);
		}

		public java.time.ZonedDateTime firstLocal() {
			return firstAt.atZone(Brussels.ZONE);
		}

		public String fieldList() {
			return String.join(", ", fields);
		}
	}

	/** The admin's search, newest first, a page at a time. */
	public Page<Entry> search(Filter filter, Pageable pageable) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from audit_event e left join account_name_view a on a.id = e.actor_account_id"
				+ where).params(params).query(Long.class).single();
		List<Entry> rows = jdbc.sql(SELECT + where + " order by e.at desc, e.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> entry(rs))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Every row of the search (at most {@link #EXPORT_MAX}), newest first, one at a time. */
	public void export(Filter filter, Consumer<Entry> out) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		jdbc.sql(SELECT + where + " order by e.at desc, e.id desc limit " + EXPORT_MAX)
			.params(params)
			.query(rs -> {
				out.accept(entry(rs));
			});
	}

	/** Accounts with a successful sign-in since {@code since} (retention keeps them). */
	public Set<Long> signedInSince(Instant since) {
		return new HashSet<>(jdbc.sql("""
				select distinct actor_account_id from audit_event
				where action = 'SIGN_IN' and at >= :since and actor_account_id is not null""")
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.list());
	}

	private static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.person() != null) {
			conditions.add("position(lower(:person) in lower(a.display_name)) > 0");
			params.put("person", filter.person());
		}
		if (filter.reference() != null) {
			conditions.add("e.request_reference = :reference");
			params.put("reference", filter.reference());
		}
		if (filter.action() != null) {
			conditions.add("e.action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.from() != null) {
			conditions.add("e.at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(Brussels.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("e.at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(Brussels.ZONE).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		String fields = rs.getString(8);
		return new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, Long.class), rs.getString(4),
				rs.getString(5), AuditAction.valueOf(rs.getString(6)), rs.getString(7),
				fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")), rs.getString(9),
				rs.getString(10));
	}
}
