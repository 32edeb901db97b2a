package be.femmesetsante.sesu.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import be.femmesetsante.sesu.shared.ReferenceCode;

/** A request form saved before it is sent: one per professional, deleted when the request is sent. */
@Entity
@Table(name = "request_draft")
class RequestDraft {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(columnDefinition = "text")
	private String title;

	@Column(columnDefinition = "text")
	private String description;

	@Column(columnDefinition = "text")
	private String audience;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "audience_tags", nullable = false, columnDefinition = "text[]")
	private String[] audienceTags;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "kinds", nullable = false, columnDefinition = "text[]")
	private String[] kinds;

	@Column(name = "desired_period", columnDefinition = "text")
	private String desiredPeriod;

	@Column(name = "preferred_format", length = 20)
	private String preferredFormat;

	@Column(name = "team_size", length = 20)
	private String teamSize;

	@Column(name = "heard_of_us", columnDefinition = "text")
	private String heardOfUs;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected RequestDraft() {
		// for JPA
	}

	RequestDraft(long accountId) {
		this.accountId = accountId;
	}

	void keep(RequestForm form, Instant now) {
		this.title = form.title();
		this.description = form.description();
		this.audience = form.audience();
		this.audienceTags = form.audienceTags().stream().map(Enum::name).toArray(String[]::new);
		this.kinds = form.kinds().stream().map(SupportKind::name).toArray(String[]::new);
		this.desiredPeriod = form.desiredPeriod();
		this.preferredFormat = form.preferredFormat() == null ? null : form.preferredFormat().name();
		this.teamSize = form.teamSize() == null ? null : form.teamSize().toString();
		this.heardOfUs = form.heardOfUs();
		this.savedAt = now;
	}

	/** The form as it was saved, with a fresh one-time token; codes no longer known are dropped. */
	RequestForm toForm(String formToken) {
		return new RequestForm(knownKinds(kinds), title, description, audience,
				known(audienceTags, AudienceTag.class), desiredPeriod, known(preferredFormat, PreferredFormat.class),
				teamSize == null ? null : Integer.valueOf(teamSize), heardOfUs, false, formToken);
	}

	Instant savedAt() {
		return savedAt;
	}

	private static List<SupportKind> knownKinds(String[] codes) {
		return codes == null ? List.of()
				: Arrays.stream(codes).filter(ReferenceCode::isWellFormed).map(SupportKind::valueOf).toList();
	}

	private static <E extends Enum<E>> List<E> known(String[] codes, Class<E> type) {
		return codes == null ? List.of()
				: Arrays.stream(codes).map(code -> known(code, type)).filter(Objects::nonNull).toList();
	}

	private static <E extends Enum<E>> E known(String code, Class<E> type) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(code)) {
				return value;
			}
		}
		return null;
	}

}
