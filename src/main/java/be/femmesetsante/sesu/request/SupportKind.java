package be.femmesetsante.sesu.request;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.femmesetsante.sesu.shared.ReferenceCode;

/**
 * The kinds of support a professional may ask for; a request asks for one or more.
 * <p>
 * An open list since issue 9: an admin adds and retires entries without a deploy (the labels and
 * the "offered" flag live in a reference table, see {@link be.femmesetsante.sesu.shared.ReferenceList}).
 * The constants are the codes the list was created with; they keep the enum's API ({@code name()},
 * {@code valueOf}, {@code ==} on them, since {@link #valueOf} returns the constant for its code),
 * and stored codes never change.
 */
public final class SupportKind implements Comparable<SupportKind> {

	public static final SupportKind PROJECT_SUPPORT = new SupportKind("PROJECT_SUPPORT");

	public static final SupportKind TOOL_REVIEW = new SupportKind("TOOL_REVIEW");

	public static final SupportKind TEAM_TRAINING = new SupportKind("TEAM_TRAINING");

	public static final SupportKind EVALUATION = new SupportKind("EVALUATION");

	public static final SupportKind DOCUMENTATION = new SupportKind("DOCUMENTATION");

	public static final SupportKind OTHER = new SupportKind("OTHER");

	private static final List<String> SEEDED = List.of("PROJECT_SUPPORT", "TOOL_REVIEW", "TEAM_TRAINING", "EVALUATION", "DOCUMENTATION", "OTHER");

	private static final Map<String, SupportKind> KNOWN = Stream.of(PROJECT_SUPPORT, TOOL_REVIEW, TEAM_TRAINING, EVALUATION, DOCUMENTATION, OTHER)
		.collect(Collectors.toUnmodifiableMap(SupportKind::name, Function.identity()));

	private final String code;

	private SupportKind(String code) {
		this.code = code;
	}

	/** The entry with this code; an {@link IllegalArgumentException} when it is not a code. */
	public static SupportKind valueOf(String code) {
		SupportKind known = KNOWN.get(code);
		return known != null ? known : new SupportKind(ReferenceCode.checked(code));
	}

	/** The stored code. */
	public String name() {
		return code;
	}

	/** The key of its label, resolved from the reference table ({@code ReferenceLabels}). */
	public String messageKey() {
		return MESSAGE_PREFIX + code;
	}

	public static final String MESSAGE_PREFIX = "request.kind.";

	@Override
	public int compareTo(SupportKind other) {
		return ReferenceCode.compare(SEEDED, code, other.code);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SupportKind that && code.equals(that.code);
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return code;
	}
}
