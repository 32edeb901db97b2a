package be.femmesetsante.sesu.casework.followup;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.femmesetsante.sesu.shared.ReferenceCode;

/**
 * What time spent on a request went to; activity reports add minutes per activity.
 * <p>
 * An open list since issue 9: an admin adds and retires entries without a deploy (the labels and
 * the "offered" flag live in a reference table, see {@link be.femmesetsante.sesu.shared.ReferenceList}).
 * The constants are the codes the list was created with; they keep the enum's API ({@code name()},
 * {@code valueOf}, {@code ==} on them, since {@link #valueOf} returns the constant for its code),
 * and stored codes never change.
 */
public final class Activity implements Comparable<Activity> {

	public static final Activity PREPARATION = new Activity("PREPARATION");

	public static final Activity SESSION = new Activity("SESSION");

	public static final Activity TRAVEL = new Activity("TRAVEL");

	public static final Activity ADMIN = new Activity("ADMIN");

	public static final Activity OTHER = new Activity("OTHER");

	private static final List<String> SEEDED = List.of("PREPARATION", "SESSION", "TRAVEL", "ADMIN", "OTHER");

	private static final Map<String, Activity> KNOWN = Stream.of(PREPARATION, SESSION, TRAVEL, ADMIN, OTHER)
		.collect(Collectors.toUnmodifiableMap(Activity::name, Function.identity()));

	private final String code;

	private Activity(String code) {
		this.code = code;
	}

	/** The entry with this code; an {@link IllegalArgumentException} when it is not a code. */
	public static Activity valueOf(String code) {
		Activity known = KNOWN.get(code);
		return known != null ? known : new Activity(ReferenceCode.checked(code));
	}

	/** The stored code. */
	public String name() {
		return code;
	}

	/** The key of its label, resolved from the reference table ({@code ReferenceLabels}). */
	public String messageKey() {
		return MESSAGE_PREFIX + code;
	}

	public static final String MESSAGE_PREFIX = "casework.time.activity.";

	@Override
	public int compareTo(Activity other) {
		return ReferenceCode.compare(SEEDED, code, other.code);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Activity that && code.equals(that.code);
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
