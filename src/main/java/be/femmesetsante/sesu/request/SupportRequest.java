package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Actor;

import static be.femmesetsante.sesu.request.RequestStatus.ACCEPTED;
import static be.femmesetsante.sesu.request.RequestStatus.CLOSED;
import static be.femmesetsante.sesu.request.RequestStatus.DECLINED;
import static be.femmesetsante.sesu.request.RequestStatus.IN_PROGRESS;
import static be.femmesetsante.sesu.request.RequestStatus.IN_REVIEW;
import static be.femmesetsante.sesu.request.RequestStatus.NEW;
import static be.femmesetsante.sesu.request.RequestStatus.REDIRECTED;
import static be.femmesetsante.sesu.request.RequestStatus.WITHDRAWN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.shared.Region;

/**
 * A professional's request for support, and the one place its lifecycle is enforced:
 * <pre>
 * NEW ─assignLead─▶ IN_REVIEW ─accept(kind)─▶ ACCEPTED ─start─▶ IN_PROGRESS ─close(summary)─▶ CLOSED
 * NEW | IN_REVIEW ─decline(reason)─▶ DECLINED, ─redirect(target)─▶ REDIRECTED
 * NEW | IN_REVIEW | ACCEPTED ─withdraw (requester's organisation)─▶ WITHDRAWN
 * </pre>
 * Staff make the team's moves; a professional only withdraws their organisation's request;
 * partners and admins change nothing. Every move is checked completely before anything is
 * changed, so a refused move leaves the request as it was, and every accepted one appends one
 * history entry.
 */
@Entity
@Table(name = "support_request")
class SupportRequest {

	static final int TITLE_MAX = 200;
	static final int LONG_TEXT_MAX = 10_000;
	static final int SHORT_TEXT_MAX = 300;
	static final int REASON_MAX = 4_000;
	static final int TAG_MAX = 60;
	static final int TAGS_MAX = 20;
	static final int TEAM_SIZE_MAX = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false, length = 20)
	private String reference;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	// Copied from the organisation at submission: scoping (partners see Brussels) and reports
	// filter on it without a join, and a later move of the organisation does not move the case.
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Region region;

	@Column(name = "german_speaking", nullable = false, updatable = false)
	private boolean germanSpeaking;

	@Column(name = "requester_account_id", nullable = false, updatable = false)
	private long requesterAccountId;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	@Column(columnDefinition = "text")
	private String audience;

	// text[] columns: read in the same row as the request, so a list needs no extra query.
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "audience_tags", nullable = false, columnDefinition = "text[]")
	private String[] audienceTags;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "kinds", nullable = false, columnDefinition = "text[]")
	private String[] kinds;

	@Column(name = "desired_period", length = SHORT_TEXT_MAX)
	private String desiredPeriod;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_format", nullable = false, length = 20)
	private PreferredFormat preferredFormat;

	@Column(name = "team_size")
	private Integer teamSize;

	@Column(name = "heard_of_us", length = SHORT_TEXT_MAX)
	private String heardOfUs;

	@Column(name = "privacy_notice_version", nullable = false, updatable = false, length = 40)
	private String privacyNoticeVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RequestStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "work_kind", length = 20)
	private WorkKind workKind;

	@Column(name = "lead_account_id")
	private Long leadAccountId;

	@Column(name = "decline_reason", columnDefinition = "text")
	private String declineReason;

	@Column(name = "redirect_target", length = SHORT_TEXT_MAX)
	private String redirectTarget;

	/** The listed service's code (its label is the list's), null for a service typed by hand. */
	@Column(name = "redirect_target_code", length = 30)
	private String redirectTargetCode;

	@Column(name = "closing_summary", columnDefinition = "text")
	private String closingSummary;

	@Column(name = "withdraw_reason", columnDefinition = "text")
	private String withdrawReason;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// Append-only: entries are only ever added (cascade persist), never removed or replaced.
	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@JoinColumn(name = "request_id", nullable = false, updatable = false)
	@OrderBy("at asc, id asc")
	private List<RequestHistoryEntry> history = new ArrayList<>();

	protected SupportRequest() {
		// for JPA
	}

	/**
	 * A request as a professional submits it, for their own organisation.
	 *
	 * @param reference gives the human reference; called only once the details are valid
	 *
	 * @throws InvalidRequestException when the actor is not a professional of an organisation or a
	 *         required field is missing
	 */
	static SupportRequest submit(Supplier<String> reference, Actor requester, Region region, boolean germanSpeaking,
			SubmitRequest details, Instant at) {
		if (!requester.audience().isRequester()) {
			throw new InvalidRequestException(InvalidRequestException.ONLY_PROFESSIONALS, null);
		}
		if (requester.organisationId() == null) {
			throw new InvalidRequestException(InvalidRequestException.ORGANISATION_REQUIRED, null);
		}
		SupportRequest request = new SupportRequest();
		request.organisationId = requester.organisationId();
		request.region = Objects.requireNonNull(region, "region");
		request.germanSpeaking = germanSpeaking;
		request.requesterAccountId = requester.accountId();
		request.title = Texts.required(details.title(), TITLE_MAX, "title", InvalidRequestException.TITLE_REQUIRED);
		request.description = Texts.required(details.description(), LONG_TEXT_MAX, "description",
				InvalidRequestException.DESCRIPTION_REQUIRED);
		request.audience = Texts.optional(details.audience(), LONG_TEXT_MAX, "audience");
		request.audienceTags = Texts.tags(details.audienceTags(), TAGS_MAX, TAG_MAX, "audienceTags");
		// Not kinds().contains(null): immutable sets (Set.of) throw on that question.
		if (details.kinds() == null || details.kinds().isEmpty()
				|| details.kinds().stream().anyMatch(Objects::isNull)) {
			throw new InvalidRequestException(InvalidRequestException.KINDS_REQUIRED, "kinds");
		}
		// Stored in the enum's order, so two requests asking the same things read the same.
		request.kinds = new TreeSet<>(details.kinds()).stream().map(SupportKind::name).toArray(String[]::new);
		request.desiredPeriod = Texts.optional(details.desiredPeriod(), SHORT_TEXT_MAX, "desiredPeriod");
		request.preferredFormat = details.preferredFormat() == null ? PreferredFormat.NO_PREFERENCE
				: details.preferredFormat();
		if (details.teamSize() != null && (details.teamSize() < 1 || details.teamSize() > TEAM_SIZE_MAX)) {
			throw new InvalidRequestException(InvalidRequestException.TEAM_SIZE_INVALID, "teamSize");
		}
		request.teamSize = details.teamSize();
		request.heardOfUs = Texts.optional(details.heardOfUs(), SHORT_TEXT_MAX, "heardOfUs");
		request.privacyNoticeVersion = Texts.required(details.privacyNoticeVersion(), 40, "privacyNoticeVersion",
				InvalidRequestException.PRIVACY_NOTICE_REQUIRED);
		// Numbered last, once the form is known to be complete: a refused form takes no number.
		request.reference = Objects.requireNonNull(reference.get(), "reference");
		request.status = NEW;
		request.submittedAt = at;
		request.updatedAt = at;
		request.history.add(new RequestHistoryEntry(at, requester, null, NEW, RequestAction.SUBMITTED, null, null,
				null));
		return request;
	}

	/**
	 * Staff name a lead (référent·e): a new request goes into review. A lead can be changed later,
	 * while the request is being reviewed or worked on, without changing its status.
	 */
	RequestHistoryEntry assignLead(Actor actor, Long leadAccountId, LeadCandidates candidates, Instant at) {
		RequestAction action = RequestAction.LEAD_ASSIGNED;
		requireTeam(actor, action);
		requireStatus(action, NEW, IN_REVIEW, ACCEPTED, IN_PROGRESS);
		if (leadAccountId == null) {
			throw LifecycleException.required(LifecycleException.LEAD_REQUIRED, "leadAccountId");
		}
		if (!candidates.mayLead(leadAccountId)) {
			throw new LifecycleException(LifecycleException.LEAD_NOT_STAFF, "leadAccountId");
		}
		RequestStatus to = status == NEW ? IN_REVIEW : status;
		this.leadAccountId = leadAccountId;
		return record(at, actor, to, action, leadAccountId, null, null);
	}

	/** Who may be a request's lead: an enabled member of the team, as the accounts say. */
	@FunctionalInterface
	interface LeadCandidates {
		boolean mayLead(long accountId);
	}

	/** Staff take the request on, as a consultation or a workshop. */
	RequestHistoryEntry accept(Actor actor, WorkKind kind, Instant at) {
		RequestAction action = RequestAction.ACCEPTED;
		requireTeam(actor, action);
		requireStatus(action, IN_REVIEW);
		if (kind == null) {
			throw LifecycleException.required(LifecycleException.WORK_KIND_REQUIRED, "workKind");
		}
		this.workKind = kind;
		return record(at, actor, ACCEPTED, action, null, kind, null);
	}

	/** Work begins: from here on the requester can no longer withdraw. */
	RequestHistoryEntry start(Actor actor, Instant at) {
		RequestAction action = RequestAction.STARTED;
		requireTeam(actor, action);
		requireStatus(action, ACCEPTED);
		return record(at, actor, IN_PROGRESS, action, null, null, null);
	}

	/** Work done; the summary says what was done (reports and the requester read it). */
	RequestHistoryEntry close(Actor actor, String summary, Instant at) {
		RequestAction action = RequestAction.CLOSED;
		requireTeam(actor, action);
		requireStatus(action, IN_PROGRESS);
		String text = Texts.requiredMove(summary, LONG_TEXT_MAX, "closingSummary", LifecycleException.SUMMARY_REQUIRED);
		this.closingSummary = text;
		return record(at, actor, CLOSED, action, null, null, text);
	}

	/** The team cannot take the request; the reason is told to the professional. */
	RequestHistoryEntry decline(Actor actor, String reason, Instant at) {
		RequestAction action = RequestAction.DECLINED;
		requireTeam(actor, action);
		requireStatus(action, NEW, IN_REVIEW);
		String text = Texts.requiredMove(reason, REASON_MAX, "declineReason", LifecycleException.REASON_REQUIRED);
		this.declineReason = text;
		return record(at, actor, DECLINED, action, null, null, text);
	}

	/** Another service fits better; {@code target} names it. */
	RequestHistoryEntry redirect(Actor actor, String target, Instant at) {
		return redirect(actor, null, target, at);
	}

	/** Redirected to a listed service ({@code code}, its label as {@code target}) or another one (no code). */
	RequestHistoryEntry redirect(Actor actor, String code, String target, Instant at) {
		RequestAction action = RequestAction.REDIRECTED;
		requireTeam(actor, action);
		requireStatus(action, NEW, IN_REVIEW);
		String text = Texts.requiredMove(target, SHORT_TEXT_MAX, "redirectTarget", LifecycleException.TARGET_REQUIRED);
		this.redirectTarget = text;
		this.redirectTargetCode = code;
		return record(at, actor, REDIRECTED, action, null, null, text);
	}

	/** The requester's organisation no longer needs the request, before work starts. */
	RequestHistoryEntry withdraw(Actor actor, String reason, Instant at) {
		RequestAction action = RequestAction.WITHDRAWN;
		if (!actor.audience().isRequester()) {
			throw LifecycleException.roleNotAllowed(action);
		}
		if (!Objects.equals(actor.organisationId(), organisationId)) {
			throw new LifecycleException(LifecycleException.ORGANISATION_NOT_ALLOWED, null);
		}
		requireStatus(action, NEW, IN_REVIEW, ACCEPTED);
		String text = Texts.optionalMove(reason, REASON_MAX, "withdrawReason");
		this.withdrawReason = text;
		return record(at, actor, WITHDRAWN, action, null, null, text);
	}

	/**
	 * The team takes a closed request up again (more work turned out to be needed); the reason is
	 * kept in the history, the closing summary is cleared until the request is closed again.
	 */
	RequestHistoryEntry reopen(Actor actor, String reason, Instant at) {
		RequestAction action = RequestAction.REOPENED;
		requireTeam(actor, action);
		requireStatus(action, CLOSED);
		String text = Texts.requiredMove(reason, REASON_MAX, "reopenReason", LifecycleException.REOPEN_REASON_REQUIRED);
		this.closingSummary = null;
		return record(at, actor, IN_PROGRESS, action, null, null, text);
	}

	/**
	 * The requester's organisation corrects what it sent, while the team has neither decided nor
	 * started ({@link RequestStatus#correctableByRequester()}). The same checks as at submission;
	 * the history keeps what each changed field said before (one "field=old value" line each).
	 */
	RequestHistoryEntry correct(Actor actor, SubmitRequest details, Instant at) {
		RequestAction action = RequestAction.CORRECTED;
		if (!actor.audience().isRequester()) {
			throw LifecycleException.roleNotAllowed(action);
		}
		if (!Objects.equals(actor.organisationId(), organisationId)) {
			throw new LifecycleException(LifecycleException.ORGANISATION_NOT_ALLOWED, null);
		}
		if (!status.correctableByRequester()) {
			throw LifecycleException.notFrom(status, action);
		}
		String newTitle = Texts.required(details.title(), TITLE_MAX, "title", InvalidRequestException.TITLE_REQUIRED);
		String newDescription = Texts.required(details.description(), LONG_TEXT_MAX, "description",
				InvalidRequestException.DESCRIPTION_REQUIRED);
		String newAudience = Texts.optional(details.audience(), LONG_TEXT_MAX, "audience");
		String[] newTags = Texts.tags(details.audienceTags(), TAGS_MAX, TAG_MAX, "audienceTags");
		if (details.kinds() == null || details.kinds().isEmpty()
				|| details.kinds().stream().anyMatch(Objects::isNull)) {
			throw new InvalidRequestException(InvalidRequestException.KINDS_REQUIRED, "kinds");
		}
		String[] newKinds = new TreeSet<>(details.kinds()).stream().map(SupportKind::name).toArray(String[]::new);
		String newPeriod = Texts.optional(details.desiredPeriod(), SHORT_TEXT_MAX, "desiredPeriod");
		PreferredFormat newFormat = details.preferredFormat() == null ? PreferredFormat.NO_PREFERENCE
				: details.preferredFormat();
		if (details.teamSize() != null && (details.teamSize() < 1 || details.teamSize() > TEAM_SIZE_MAX)) {
			throw new InvalidRequestException(InvalidRequestException.TEAM_SIZE_INVALID, "teamSize");
		}
		StringBuilder before = new StringBuilder();
		changed(before, "title", title, newTitle);
		changed(before, "description", description, newDescription);
		changed(before, "audience", audience, newAudience);
		changed(before, "audienceTags", String.join(", ", audienceTags), String.join(", ", newTags));
		changed(before, "kinds", String.join(",", kinds), String.join(",", newKinds));
		changed(before, "desiredPeriod", desiredPeriod, newPeriod);
		changed(before, "preferredFormat", preferredFormat.name(), newFormat.name());
		changed(before, "teamSize", teamSize == null ? null : teamSize.toString(),
				details.teamSize() == null ? null : details.teamSize().toString());
		if (before.isEmpty()) {
			throw new InvalidRequestException(LifecycleException.NOTHING_CORRECTED, null);
		}
		title = newTitle;
		description = newDescription;
		audience = newAudience;
		audienceTags = newTags;
		kinds = newKinds;
		desiredPeriod = newPeriod;
		preferredFormat = newFormat;
		teamSize = details.teamSize();
		return record(at, actor, status, action, null, null, before.toString().strip());
	}

	private static void changed(StringBuilder before, String field, String old, String now) {
		if (!Objects.equals(old == null ? "" : old, now == null ? "" : now)) {
			before.append(field).append('=').append(old == null ? "" : old.replace('\n', ' ')).append('\n');
		}
	}

	/** Only the team moves a request (the access policy says who that is). */
	private static void requireTeam(Actor actor, RequestAction action) {
		if (!actor.audience().actsOnCases()) {
			throw LifecycleException.roleNotAllowed(action);
		}
	}

	private void requireStatus(RequestAction action, RequestStatus... allowed) {
		if (!Arrays.asList(allowed).contains(status)) {
			throw LifecycleException.notFrom(status, action);
		}
	}

	private RequestHistoryEntry record(Instant at, Actor actor, RequestStatus to, RequestAction action,
			Long lead, WorkKind kind, String detail) {
		RequestHistoryEntry entry = new RequestHistoryEntry(at, actor, status, to, action, lead, kind, detail);
		this.status = to;
		this.updatedAt = at;
		this.history.add(entry);
		return entry;
	}

	SupportRequestView toView() {
		return new SupportRequestView(id, version, reference, organisationId, region, germanSpeaking,
				requesterAccountId, title, description, audience, List.of(audienceTags), kinds(), desiredPeriod,
				preferredFormat, teamSize, heardOfUs, privacyNoticeVersion, status, workKind, leadAccountId,
				declineReason, redirectTarget, redirectTargetCode, closingSummary, withdrawReason, submittedAt, updatedAt);
	}

	static Set<SupportKind> kindsOf(String[] names) {
		Set<SupportKind> set = new TreeSet<>();
		for (String name : names) {
			set.add(SupportKind.valueOf(name));
		}
		return Collections.unmodifiableSet(set);
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	String reference() {
		return reference;
	}

	long organisationId() {
		return organisationId;
	}

	Region region() {
		return region;
	}

	boolean germanSpeaking() {
		return germanSpeaking;
	}

	long requesterAccountId() {
		return requesterAccountId;
	}

	RequestStatus status() {
		return status;
	}

	WorkKind workKind() {
		return workKind;
	}

	Long leadAccountId() {
		return leadAccountId;
	}

	String declineReason() {
		return declineReason;
	}

	String redirectTarget() {
		return redirectTarget;
	}

	String closingSummary() {
		return closingSummary;
	}

	String withdrawReason() {
		return withdrawReason;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String title() {
		return title;
	}

	Integer teamSize() {
		return teamSize;
	}

	Set<SupportKind> kinds() {
		return kindsOf(kinds);
	}

	List<String> audienceTags() {
		return List.of(audienceTags);
	}

	/** The history, oldest first; read-only: entries are appended by the moves above only. */
	List<RequestHistoryEntry> history() {
		return Collections.unmodifiableList(history);
	}

	/** Typed text: trimmed, blank read as absent, length-checked with the message to show. */
	static final class Texts {

		private Texts() {
		}

		static String optional(String value, int max, String field) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String text = value.strip();
			if (text.length() > max) {
				throw new InvalidRequestException(InvalidRequestException.TOO_LONG, field, max);
			}
			return text;
		}

		static String required(String value, int max, String field, String missingKey) {
			String text = optional(value, max, field);
			if (text == null) {
				throw new InvalidRequestException(missingKey, field);
			}
			return text;
		}

		static String optionalMove(String value, int max, String field) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String text = value.strip();
			if (text.length() > max) {
				throw new LifecycleException(LifecycleException.TEXT_TOO_LONG, field, max);
			}
			return text;
		}

		static String requiredMove(String value, int max, String field, String missingKey) {
			String text = optionalMove(value, max, field);
			if (text == null) {
				throw LifecycleException.required(missingKey, field);
			}
			return text;
		}

		static String[] tags(List<String> values, int maxCount, int maxLength, String field) {
			Set<String> tags = new LinkedHashSet<>();
			if (values != null) {
				for (String value : values) {
					String tag = optional(value, maxLength, field);
					if (tag != null) {
						tags.add(tag);
					}
				}
			}
			if (tags.size() > maxCount) {
				throw new InvalidRequestException(InvalidRequestException.TOO_MANY_TAGS, field, maxCount);
			}
			return tags.toArray(String[]::new);
		}
	}
}
