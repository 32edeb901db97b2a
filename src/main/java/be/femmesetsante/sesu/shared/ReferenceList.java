package be.femmesetsante.sesu.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list of reference entries an admin edits without a deploy (sectors, kinds of support, redirect
 * services, activities). Each list lives in a table of the module that owns it, with the columns
 * {@code code, label_fr, label_en, position, offered, version}; the module declares one bean of this
 * class for it. Labels are shown through the message source ({@link ReferenceLabels}), under
 * {@code messagePrefix + code}, so every page and mail that printed a bundle label prints the list's.
 * <p>
 * The lists are read on every form, so they are cached in memory. An edit on this node empties the
 * cache at once; another node sharing the database sees the edit when its copy expires, at most
 * {@link #TIME_TO_LIVE} later (a short TTL rather than a version check: one query per list per
 * half-minute, whatever the traffic).
 */
public class ReferenceList {

	public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

	public static final int LABEL_MAX = 300;

	private static final Pattern TABLE = Pattern.compile("[a-z_]+");

	private final String name;

	private final String table;

	private final String messagePrefix;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	private record Snapshot(List<ReferenceEntry> entries, Instant expires) {
	}

	/**
	 * @param name the list's name in addresses ({@code /admin/reference/<name>}) and message keys
	 * @param table the owning module's table
	 * @param messagePrefix the message key of an entry's label is this prefix and its code
	 */
	public ReferenceList(String name, String table, String messagePrefix, JdbcClient jdbc, Clock clock) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException(table);
		}
		this.name = name;
		this.table = table;
		this.messagePrefix = messagePrefix;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String name() {
		return name;
	}

	public String messagePrefix() {
		return messagePrefix;
	}

	/** Every entry, retired ones too, in the list's order. */
	public List<ReferenceEntry> entries() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || !now.isBefore(current.expires())) {
			current = new Snapshot(load(), now.plus(TIME_TO_LIVE));
			snapshot = current;
		}
		return current.entries();
	}

	/** The entries forms offer. */
	public List<ReferenceEntry> offered() {
		return entries().stream().filter(ReferenceEntry::offered).toList();
	}

	public Optional<ReferenceEntry> find(String code) {
		return entries().stream().filter(e -> e.code().equals(code)).findFirst();
	}

	public boolean isOffered(String code) {
		return find(code).map(ReferenceEntry::offered).orElse(false);
	}

	public Optional<String> label(String code, Locale locale) {
		return find(code).map(e -> e.label(locale));
	}

	/** Adds an offered entry at the end of the list. */
	public ReferenceEntry add(String code, String labelFr, String labelEn) {
		String checkedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!ReferenceCode.isWellFormed(checkedCode)) {
			throw new ReferenceException(ReferenceException.CODE_INVALID, "code");
		}
		String fr = label(labelFr, "labelFr");
		String en = label(labelEn, "labelEn");
		Integer taken = jdbc.sql("select count(*) from " + table + " where code = :code")
			.param("code", checkedCode)
			.query(Integer.class)
			.single();
		if (taken > 0) {
			throw new ReferenceException(ReferenceException.CODE_TAKEN, "code");
		}
		try {
			jdbc.sql("insert into " + table + " (code, label_fr, label_en, position, offered, version)"
					+ " values (:code, :fr, :en, (select coalesce(max(position), 0) + 10 from " + table + "), true, 0)")
				.param("code", checkedCode)
				.param("fr", fr)
				.param("en", en)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Two admins adding the same code at once: the primary key decides.
			throw new ReferenceException(ReferenceException.CODE_TAKEN, "code");
		}
		invalidate();
		return find(checkedCode).orElseThrow();
	}

	/**
	 * Changes an entry's labels, position and whether it is offered, if nobody changed it since
	 * {@code expectedVersion}; its code never changes.
	 */
	public void change(String code, long expectedVersion, String labelFr, String labelEn, int position,
			boolean offered) {
		String fr = label(labelFr, "labelFr");
		String en = label(labelEn, "labelEn");
		int changed = jdbc.sql("update " + table + " set label_fr = :fr, label_en = :en, position = :position,"
				+ " offered = :offered, version = version + 1 where code = :code and version = :version")
			.param("fr", fr)
			.param("en", en)
			.param("position", position)
			.param("offered", offered)
			.param("code", code)
			.param("version", expectedVersion)
			.update();
		invalidate();
		if (changed == 0) {
			throw new ReferenceException(ReferenceException.CONCURRENT_CHANGE, null);
		}
	}

	/** Forgets the cached copy; the next read loads the table again. */
	public void invalidate() {
		snapshot = null;
	}

	private List<ReferenceEntry> load() {
		return jdbc.sql("select code, label_fr, label_en, position, offered, version from " + table
				+ " order by position, code")
			.query((rs, n) -> new ReferenceEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	private static String label(String value, String field) {
		String text = value == null ? null : FormText.clean(value).strip().replaceAll("\\s+", " ");
		if (text == null || text.isBlank()) {
			throw new ReferenceException(ReferenceException.LABEL_REQUIRED, field);
		}
		if (text.length() > LABEL_MAX) {
			throw new ReferenceException(ReferenceException.LABEL_TOO_LONG, field, LABEL_MAX);
		}
		return text;
	}
}
