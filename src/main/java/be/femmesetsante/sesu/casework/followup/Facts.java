package be.femmesetsante.sesu.casework.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a casework entry says, as the correction history keeps it: named facts in order, each a
 * plain value or a message key (an enum's label, marked with a leading {@code #}), so the history
 * reads in the reader's language. Stored as {@code name=value} lines.
 */
public final class Facts {

	private final Map<String, String> values = new LinkedHashMap<>();

	public static Facts of() {
		return new Facts();
	}

	public Facts put(String name, Object value) {
		values.put(name, value == null ? "" : String.valueOf(value).replace('\n', ' ').replace('\r', ' '));
		return this;
	}

	/** An enum shown by its label, e.g. the session's mode. */
	public Facts label(String name, String messageKey) {
		values.put(name, "#" + messageKey);
		return this;
	}

	String write() {
		StringBuilder text = new StringBuilder();
		values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
		return text.toString();
	}

	static Facts read(String text) {
		Facts facts = new Facts();
		if (text != null) {
			for (String line : text.split("\n")) {
				int eq = line.indexOf('=');
				if (eq > 0) {
					facts.values.put(line.substring(0, eq), line.substring(eq + 1));
				}
			}
		}
		return facts;
	}

	/** One fact as the page shows it: its label's key, and its value (or the key of its value's label). */
	public record Fact(String name, String value) {

		public boolean labelled() {
			return value != null && value.startsWith("#");
		}

		public String labelKey() {
			return labelled() ? value.substring(1) : null;
		}
	}

	/** The facts that differ from {@code after} (all of them when after is null), as they were here. */
	List<Fact> differingFrom(Facts after) {
		return values.entrySet().stream()
			.filter(e -> after == null || !Objects.equals(e.getValue(), after.values.get(e.getKey())))
			.map(e -> new Fact(e.getKey(), e.getValue()))
			.toList();
	}

	boolean isEmpty() {
		return values.isEmpty();
	}
}
