package be.femmesetsante.sesu.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.request.RequestAction;
import be.femmesetsante.sesu.request.RequestStatusChanged;
import be.femmesetsante.sesu.shared.Region;

/**
 * The requesters' evaluation of a closed request: invited once when the request closes (a random
 * token mailed as a link, its SHA-256 kept), answered once through that link without signing in,
 * read by staff on the request, counted by reports.
 */
@Service
public class Evaluations {

	static final List<String> PRACTICE = List.of("A_LOT", "SOMEWHAT", "NOT_YET", "NOT_AT_ALL");

	static final List<String> RECOMMEND = List.of("YES", "MAYBE", "NO");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Evaluations(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** A request closed: its requester is invited (once, even if the event comes again). */
	@ApplicationModuleListener
	void on(RequestStatusChanged changed) {
		if (changed.action() == RequestAction.CLOSED) {
			invite(changed.requestId(), changed.reference(), changed.region(), changed.requesterAccountId(),
					clock.instant());
		}
	}

	/** Invites the requester of a closed request; returns the token, empty if they were invited before. */
	@Transactional
	public Optional<String> invite(long requestId, String reference, Region region, long requesterAccountId,
			Instant at) {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		int inserted = jdbc.sql("""
				insert into request_evaluation (request_id, region, token_hash, invited_at)
				values (:request, :region, :hash, :at) on conflict (request_id) do nothing
				""").param("request", requestId).param("region", region.name()).param("hash", hash(token))
			.param("at", Timestamp.from(at)).update();
		if (inserted == 0) {
			return Optional.empty();
		}
		events.publishEvent(new EvaluationInvited(requestId, reference, requesterAccountId, token));
		return Optional.of(token);
	}

	/** The invitation this token opens, if any. */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.sql("select answered_at is not null as answered from request_evaluation where token_hash = ?")
			.param(hash(token)).query((rs, n) -> new Invitation(rs.getBoolean("answered"))).optional();
	}

	/** Records the answers; false when the token is unknown or was already used. */
	@Transactional
	public boolean answer(String token, EvaluationForm form) {
		return jdbc.sql("""
				update request_evaluation set answered_at = :at, usefulness = :usefulness,
				       practice_changed = :practice, would_recommend = :recommend, comment = :comment
				where token_hash = :hash and answered_at is null
				""").param("at", Timestamp.from(clock.instant())).param("usefulness", form.usefulness())
			.param("practice", blankToNull(form.practiceChanged())).param("recommend", blankToNull(form.wouldRecommend()))
			.param("comment", blankToNull(form.comment() == null ? null : form.comment().strip()))
			.param("hash", hash(token)).update() == 1;
	}

	/** What staff read on a request's page. */
	@Transactional(readOnly = true)
	public Optional<Answer> ofRequest(long requestId) {
		return jdbc.sql("""
				select invited_at, answered_at, usefulness, practice_changed, would_recommend, comment
				from request_evaluation where request_id = ?
				""").param(requestId).query((rs, n) -> new Answer(rs.getTimestamp("invited_at").toInstant(),
					rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
					(Integer) rs.getObject("usefulness"), rs.getString("practice_changed"),
					rs.getString("would_recommend"), rs.getString("comment")))
			.optional();
	}

	/** Staff's report only: the free comments of evaluations invited in the period. */
	@Transactional(readOnly = true)
	List<String> comments(Region region, ReportPeriod period) {
		return jdbc.sql("""
				select comment from request_evaluation
				where region = :region and invited_at >= :start and invited_at < :end and comment is not null
				order by answered_at, id
				""").param("region", region.name()).param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end())).query(String.class).list();
	}

	public record Invitation(boolean answered) {
	}

	/** An evaluation as staff read it; the answers are null until the requester answers. */
	public record Answer(Instant invitedAt, Instant answeredAt, Integer usefulness, String practiceChanged,
			String wouldRecommend, String comment) {

		public boolean answered() {
			return answeredAt != null;
		}

		public java.time.LocalDate invitedOn() {
			return be.femmesetsante.sesu.shared.Brussels.dayOf(invitedAt);
		}

		public java.time.LocalDate answeredOn() {
			return answeredAt == null ? null : be.femmesetsante.sesu.shared.Brussels.dayOf(answeredAt);
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
