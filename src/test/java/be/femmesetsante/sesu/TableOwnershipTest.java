package be.femmesetsante.sesu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: SQL written in one module never names a table that another module's
 * migration created; it reads the views that module publishes (V12) or calls its services.
 * {@code ApplicationModules.verify()} cannot see this, because SQL is text: a module that joins
 * another's table depends on it without importing a single type (the staff inbox once read
 * casework's {@code next_action} from the request module, a hidden cycle).
 * <p>
 * Who created which table comes from the migrations: every migration starts with a line
 * {@code -- module: <name>}, and a later {@code -- module: <name>} line hands the statements after it
 * to another module (the platform tables of V1, the intake tables of V5). {@code create table} and
 * {@code create view} give a table or view its owner; {@code alter table} and indexes do not change
 * it. Every Java file under a module's package is then read for SQL in its string literals and text
 * blocks ({@code from}, {@code join}, {@code into}, {@code update}, {@code delete from},
 * {@code references}, …) and for table names given to {@code @Table} or a library's
 * {@code table(…)}. A view is a module's published interface: anyone may read it. No Spring context:
 * this runs in well under a second.
 */
class TableOwnershipTest {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path MODULES = Path.of("src/main/java/be/femmesetsante/sesu");

	@Test
	void everyMigrationStartsWithTheModuleThatOwnsIt() {
		Schema schema = Schema.read(MIGRATIONS, modules());
		assertThat(schema.problems()).as("migrations without a valid first line \"-- module: <name>\"").isEmpty();
		assertThat(schema.owners()).as("tables and views created by the migrations")
			.containsEntry("support_request", "request")
			.containsEntry("next_action", "casework")
			.containsEntry("one_time_tokens", "account")
			.containsEntry("shedlock", "database")
			.containsEntry("request_summary_view", "request")
			.containsEntry("organisation_summary_view", "organisation")
			.containsEntry("account_name_view", "account")
			.containsEntry("request_report_view", "request")
			.containsEntry("session_report_view", "casework")
			.containsEntry("request_evaluation", "report");
		assertThat(schema.views()).containsExactlyInAnyOrder("request_summary_view", "organisation_summary_view",
				"account_name_view", "request_report_view", "request_move_view", "session_report_view",
				"workshop_date_report_view", "workshop_participation_report_view", "time_report_view");
	}

	@Test
	void noModuleSqlNamesATableAnotherModuleCreated() {
		Schema schema = Schema.read(MIGRATIONS, modules());
		Map<String, Map<Path, String>> sources = javaSources();
		assertThat(sources).as("modules read").containsKeys("request", "casework", "account");
		assertThat(violations(sources, schema)).as("cross-module SQL; read the owner's published view instead")
			.isEmpty();
		// The gate is not vacuous: it sees the SQL the modules write on their own tables.
		assertThat(named(sources.get("casework"))).contains("next_action", "request_summary_view",
				"account_name_view", "workshop_participation");
		assertThat(named(sources.get("request"))).contains("support_request", "request_submission");
		assertThat(named(sources.get("account"))).contains("account", "one_time_tokens", "rate_limit_bucket");
	}

	@Test
	void aPublishedViewReadsOnlyTablesOfTheModuleThatPublishesIt() {
		Schema schema = Schema.read(MIGRATIONS, modules());
		assertThat(schema.viewProblems()).isEmpty();
	}

	@Test
	void publishedViewsStayPlainProjectionsThatThePlannerInlines() {
		// An aggregate, DISTINCT, LIMIT or window keeps PostgreSQL from merging the view into the
		// reader's query: the inbox would then scan every request instead of using the indexes.
		Schema schema = Schema.read(MIGRATIONS, modules());
		assertThat(schema.viewsThatAreNotPlain()).isEmpty();

		Schema sample = new Schema();
		sample.add("V1__a.sql", """
				-- module: request
				create table support_request (id bigint, status text);
				create view request_count_view as select status, count(*) from support_request group by status;
				create materialized view request_copy_view as select id from support_request;
				create view request_plain_view as select id, status from support_request where status <> 'NEW';
				""", Set.of("request"));
		assertThat(sample.viewsThatAreNotPlain()).containsExactly("request_copy_view", "request_count_view");
	}

	@Test
	void theGateNamesTheModuleTheTableAndItsOwnerWhenSqlReadsAnotherModulesTable() {
		Schema schema = Schema.read(MIGRATIONS, modules());
		// What the inbox did while it lived in the request module.
		String inbox = """
				class RequestInbox {
					static final String OVERDUE = "exists (select 1 from next_action na where na.request_id = r.id"
							+ " and not na.done)";
					private static final String FROM = " from support_request r join organisation o on o.id = r.organisation_id";
					String rows() {
						return "select r.reference, a.display_name" + FROM + " left join account a on a.id = r.lead_account_id";
					}
				}
				""";
		Map<String, Map<Path, String>> sources = Map.of("request", Map.of(Path.of("request/RequestInbox.java"), inbox));
		assertThat(violations(sources, schema)).containsExactly(
				"module request's SQL names table account owned by account (request/RequestInbox.java)",
				"module request's SQL names table next_action owned by casework (request/RequestInbox.java)",
				"module request's SQL names table organisation owned by organisation (request/RequestInbox.java)");

		// Moved to casework and reading the published views, only the request table itself is left.
		String halfFixed = inbox.replace("organisation o", "organisation_summary_view o")
			.replace("account a", "account_name_view a");
		Map<String, Map<Path, String>> moved = Map.of("casework",
				Map.of(Path.of("casework/RequestInbox.java"), halfFixed));
		assertThat(violations(moved, schema)).containsExactly(
				"module casework's SQL names table support_request owned by request (casework/RequestInbox.java)");
	}

	@Test
	void theScannerReadsTextBlocksConcatenationsCommaJoinsAndTableAnnotations() {
		Set<String> known = Set.of("support_request", "organisation", "next_action", "account", "shedlock",
				"request_document", "time_entry", "followup_contact", "workshop");
		String source = """
				@Table(name = "request_document")
				class Sample {
					String a = \"""
							select x from next_action a, time_entry t
							where t.id = a.id\""";
					String b = "select 1 from" + " support_request r";
					String c = "insert into followup_contact (id) values (1)";
					String d = "update workshop set theme = ?";
					Object e = JdbcTemplateLockProvider.Configuration.builder().withTableName("shedlock");
					String f = "delete from account where id = ?";
				}
				""";
		assertThat(JavaSql.tablesNamed(source, known)).containsExactlyInAnyOrder("request_document", "next_action",
				"time_entry", "support_request", "followup_contact", "workshop", "shedlock", "account");
	}

	@Test
	void theScannerIgnoresCommentsColumnsModelNamesAndPlainWords() {
		Set<String> known = Set.of("support_request", "organisation", "next_action", "account", "redirect_target");
		String source = """
				/** Reads casework's next_action from support_request. */
				class Sample {
					// select * from account
					@Column(name = "redirect_target")
					String target;
					String a = "select r.redirect_target, r.organisation_id from request_summary_view r";
					String b = "redirect:/organisation";
					void m(Model model) {
						model.addAttribute("organisation", null);
						String c = "select extract(year from r.submitted_at) from request_summary_view r";
						char quote = '"';
						String d = "a \\" from next_action \\" inside an escaped quote is still SQL text";
					}
				}
				""";
		assertThat(JavaSql.tablesNamed(source, known)).containsExactly("next_action");
	}

	@Test
	void aMigrationWithoutItsModuleLineOrWithAnUnknownModuleIsRefused() {
		Schema schema = new Schema();
		schema.add("V90__no_owner.sql", "-- A table nobody claims.\ncreate table orphan (id bigint);\n",
				Set.of("request"));
		schema.add("V91__unknown.sql", "-- module: reporting\ncreate table report (id bigint);\n", Set.of("request"));
		schema.add("V92__twice.sql", "-- module: request\ncreate table orphan (id bigint);\n", Set.of("request"));
		assertThat(schema.problems()).containsExactly(
				"V90__no_owner.sql: the first line must be \"-- module: <name>\"",
				"V91__unknown.sql: \"reporting\" is not a module under " + MODULES,
				"V92__twice.sql: orphan is created again (first owned by ?)");
	}

	@Test
	void onlyItsOwnModuleMayReplaceAView() {
		Schema schema = new Schema();
		Set<String> modules = Set.of("request", "casework");
		schema.add("V1__a.sql", """
				-- module: request
				create table support_request (id bigint, region text);
				create view request_report_view as select r.id from support_request r;
				""", modules);
		schema.add("V2__b.sql", """
				-- module: request
				create or replace view request_report_view as select r.id, r.region from support_request r;
				""", modules);
		schema.add("V3__c.sql", """
				-- module: casework
				create or replace view request_report_view as select r.id from support_request r;
				""", modules);
		assertThat(schema.problems())
			.containsExactly("V3__c.sql: request_report_view is created again (first owned by request)");
	}

	@Test
	void aViewOverAnotherModulesTableIsRefused() {
		Schema schema = new Schema();
		Set<String> modules = Set.of("request", "casework");
		schema.add("V1__a.sql", "-- module: request\ncreate table support_request (id bigint);\n", modules);
		schema.add("V2__b.sql", """
				-- module: casework
				create table next_action (id bigint, request_id bigint);
				-- module: request
				create or replace view request_overdue_view as
				select r.id from support_request r join next_action a on a.request_id = r.id;
				""", modules);
		assertThat(schema.viewProblems())
			.containsExactly("view request_overdue_view (request) reads next_action owned by casework");
	}

	// ---------------------------------------------------------------------------------------------

	/** The modules: the top-level packages under be.femmesetsante.sesu. */
	static Set<String> modules() {
		try (Stream<Path> children = Files.list(MODULES)) {
			return children.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every Java file of every module, by module. */
	static Map<String, Map<Path, String>> javaSources() {
		Map<String, Map<Path, String>> sources = new TreeMap<>();
		for (String module : modules()) {
			try (Stream<Path> files = Files.walk(MODULES.resolve(module))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					sources.computeIfAbsent(module, m -> new LinkedHashMap<>())
						.put(MODULES.relativize(file), Files.readString(file, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return sources;
	}

	static List<String> violations(Map<String, Map<Path, String>> sources, Schema schema) {
		Set<String> found = new TreeSet<>();
		sources.forEach((module, files) -> files.forEach((path, source) -> {
			for (String table : JavaSql.tablesNamed(source, schema.owners().keySet())) {
				String owner = schema.owners().get(table);
				if (!schema.views().contains(table) && !owner.equals(module)) {
					found.add("module %s's SQL names table %s owned by %s (%s)".formatted(module, table, owner, path));
				}
			}
		}));
		return new ArrayList<>(found);
	}

	private static Set<String> named(Map<Path, String> files) {
		Set<String> known = Schema.read(MIGRATIONS, modules()).owners().keySet();
		Set<String> named = new TreeSet<>();
		files.values().forEach(source -> named.addAll(JavaSql.tablesNamed(source, known)));
		return named;
	}

	/** Tables and views the migrations create, and which module each belongs to. */
	static final class Schema {

		private static final Pattern MODULE_LINE = Pattern.compile("(?m)^--\\s*module:\\s*(\\S+)\\s*$");

		private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?"
				+ "(?:(?:unlogged|temporary|temp)\\s+)?(?:(materialized\\s+view|view|table))\\s+(?:if\\s+not\\s+exists\\s+)?"
				+ "(?:public\\.)?([a-z_][a-z0-9_]*)");

		private static final Pattern VIEW_BODY = Pattern.compile("(?is)\\bcreate\\s+(?:or\\s+replace\\s+)?"
				+ "(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)\\b(.*?)(;|$)");

		private final Map<String, String> owners = new TreeMap<>();
		private final Set<String> views = new TreeSet<>();
		private final List<String> problems = new ArrayList<>();
		private final Map<String, String> viewSql = new TreeMap<>();
		private final Set<String> materialized = new TreeSet<>();

		/** What keeps PostgreSQL from pulling a view up into the query that reads it. */
		private static final Pattern NOT_PLAIN = Pattern.compile("(?i)\\bgroup\\s+by\\b|\\bdistinct\\b|\\blimit\\b"
				+ "|\\boffset\\b|\\bover\\s*\\(|\\bunion\\b|\\bexcept\\b|\\bintersect\\b|\\bhaving\\b"
				+ "|\\b(?:count|sum|avg|min|max|array_agg|string_agg|json_agg|jsonb_agg|bool_and|bool_or|every)\\s*\\(");

		static Schema read(Path directory, Set<String> modules) {
			Schema schema = new Schema();
			try (Stream<Path> files = Files.list(directory)) {
				List<Path> migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
					.sorted((a, b) -> Integer.compare(version(a), version(b)))
					.toList();
				for (Path migration : migrations) {
					String name = migration.getFileName().toString();
					schema.add(name, withLandedOwners(name, Files.readString(migration, StandardCharsets.UTF_8)),
							modules);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return schema;
		}

		/**
		 * V1 to V10 landed before the "-- module:" line existed, and databases have run them: editing
		 * them would change their Flyway checksums and stop those databases at start-up. Their owners
		 * are written here instead, each before the text its part starts with ("" for the start).
		 */
		static final Map<String, List<Map.Entry<String, String>>> LANDED = Map.of(
				"V1__create_platform_tables.sql", List.of(Map.entry("", "database"),
						Map.entry("-- Spring Security one-time tokens", "account"), Map.entry("-- ShedLock", "database")),
				"V2__create_accounts.sql", List.of(Map.entry("", "account")),
				"V3__create_organisations.sql", List.of(Map.entry("", "organisation")),
				"V4__create_support_requests.sql", List.of(Map.entry("", "request")),
				"V5__create_intake_tables.sql", List.of(Map.entry("", "organisation"),
						Map.entry("-- The one-time token of a request form", "request")),
				"V6__create_messages_and_documents.sql", List.of(Map.entry("", "messaging")),
				"V7__create_rate_limit_buckets.sql", List.of(Map.entry("", "account")),
				"V8__create_inbox_search_and_redirect_targets.sql", List.of(Map.entry("", "request"),
						Map.entry("-- Services a request can be redirected to", "casework")),
				"V9__create_second_factor_codes.sql", List.of(Map.entry("", "account")),
				"V10__create_casework_followups.sql", List.of(Map.entry("", "casework")));

		/** A landed migration's text with its owners' lines put in, as a newer migration carries them. */
		static String withLandedOwners(String name, String sql) {
			String annotated = sql;
			for (Map.Entry<String, String> part : LANDED.getOrDefault(name, List.of())) {
				int at = annotated.indexOf(part.getKey());
				if (at < 0) {
					throw new IllegalStateException(name + " no longer holds \"" + part.getKey() + "\"");
				}
				annotated = annotated.substring(0, at) + "-- module: " + part.getValue() + "\n" + annotated.substring(at);
			}
			return annotated;
		}

		private static int version(Path migration) {
			String name = migration.getFileName().toString();
			return Integer.parseInt(name.substring(1, name.indexOf("__")));
		}

		void add(String name, String sql, Set<String> modules) {
			String firstLine = sql.lines().findFirst().orElse("");
			if (!MODULE_LINE.matcher(firstLine).matches()) {
				problems.add(name + ": the first line must be \"-- module: <name>\"");
			}
			// Who owns each part: the last "-- module:" line above it ("?" above the first one).
			TreeMap<Integer, String> sections = new TreeMap<>(Map.of(-1, "?"));
			Matcher moduleLine = MODULE_LINE.matcher(sql);
			while (moduleLine.find()) {
				String module = moduleLine.group(1);
				if (!modules.contains(module)) {
					problems.add(name + ": \"" + module + "\" is not a module under " + MODULES);
				}
				sections.put(moduleLine.start(), module);
			}
			String code = JavaSql.blankSqlComments(sql);
			Matcher create = CREATE.matcher(code);
			while (create.find()) {
				String table = create.group(2).toLowerCase();
				String owner = sections.floorEntry(create.start()).getValue();
				String before = owners.putIfAbsent(table, owner);
				// A module may define its own view again (create or replace: same name, columns added at the end).
				boolean ownViewReplaced = before != null && before.equals(owner) && views.contains(table)
						&& create.group(0).toLowerCase().matches("(?s)create\\s+or\\s+replace\\s+view.*");
				if (before != null && !ownViewReplaced) {
					problems.add(name + ": " + table + " is created again (first owned by " + before + ")");
				}
				if (create.group(1).toLowerCase().endsWith("view")) {
					views.add(table);
				}
				if (create.group(1).toLowerCase().startsWith("materialized")) {
					materialized.add(table);
				}
			}
			Matcher view = VIEW_BODY.matcher(code);
			while (view.find()) {
				viewSql.put(view.group(1).toLowerCase(), view.group(2));
			}
		}

		/** A view publishes its module's data: it reads only its own module's tables (or other views). */
		List<String> viewProblems() {
			List<String> found = new ArrayList<>();
			viewSql.forEach((view, body) -> {
				String owner = owners.get(view);
				for (String table : JavaSql.tablesIn(body, owners.keySet())) {
					if (!views.contains(table) && !owners.get(table).equals(owner)) {
						found.add("view %s (%s) reads %s owned by %s".formatted(view, owner, table, owners.get(table)));
					}
				}
			});
			return found;
		}

		/** Views that are not a plain projection: materialized (a copy), or with an aggregate, DISTINCT, LIMIT… */
		Set<String> viewsThatAreNotPlain() {
			Set<String> found = new TreeSet<>(materialized);
			viewSql.forEach((view, body) -> {
				if (NOT_PLAIN.matcher(body).find()) {
					found.add(view);
				}
			});
			return found;
		}

		Map<String, String> owners() {
			return owners;
		}

		Set<String> views() {
			return views;
		}

		List<String> problems() {
			return problems;
		}
	}

	/** Finds the tables Java source names in SQL: in its string literals and text blocks, or given as a table name. */
	static final class JavaSql {

		private static final String NAME = "(?:public\\.)?([a-z_][a-z0-9_]*)\\b(?![.(])";

		/** Keywords followed by one table: the table is in a lookahead, so "truncate table x" finds x. */
		private static final Pattern AFTER_KEYWORD = Pattern.compile(
				"\\b(?:join|into|update|table|references|using|truncate)\\s+(?=(?:only\\s+)?(?:if\\s+exists\\s+)?"
						+ NAME + ")");

		/** "from" starts a list: "from a x, b y" names a and b. */
		private static final Pattern FROM = Pattern.compile("\\bfrom\\s+");

		private static final Pattern END_OF_FROM_LIST = Pattern.compile("\\b(?:where|join|inner|left|right|full|cross"
				+ "|natural|on|group|order|limit|offset|union|except|intersect|returning|having|window|for|using|set"
				+ "|select)\\b|[();]");

		private static final Pattern FROM_ITEM = Pattern.compile("^(?:only\\s+|lateral\\s+)*" + NAME);

		/** A table name handed over as such: JPA's table annotations, ShedLock's and Bucket4j's builders. */
		private static final Pattern TABLE_NAME = Pattern.compile(
				"@(?:Table|SecondaryTable|CollectionTable|JoinTable)\\s*\\([^)]*?\\bname\\s*=\\s*\"([^\"]+)\""
						+ "|\\.(?:table|withTableName|tableName)\\s*\\(\\s*\"([^\"]+)\"");

		/** The known tables (or views) this Java source names. */
		static Set<String> tablesNamed(String javaSource, Set<String> known) {
			Lexed lexed = lex(javaSource);
			// Joined, so SQL split across concatenated literals ("... from" + " support_request r") reads whole.
			Set<String> named = tablesIn(String.join(" ", lexed.literals()), known);
			Matcher tableName = TABLE_NAME.matcher(lexed.code());
			while (tableName.find()) {
				String table = (tableName.group(1) != null ? tableName.group(1) : tableName.group(2)).toLowerCase();
				if (known.contains(table)) {
					named.add(table);
				}
			}
			return named;
		}

		/** The known tables this SQL text names after from, join, into, update, delete from, references… */
		static Set<String> tablesIn(String sql, Set<String> known) {
			String text = sql.toLowerCase();
			Set<String> named = new TreeSet<>();
			Matcher keyword = AFTER_KEYWORD.matcher(text);
			while (keyword.find()) {
				addIfKnown(named, keyword.group(1), known);
			}
			Matcher from = FROM.matcher(text);
			while (from.find()) {
				String rest = text.substring(from.end());
				Matcher end = END_OF_FROM_LIST.matcher(rest);
				String list = end.find() ? rest.substring(0, end.start()) : rest;
				for (String item : list.split(",")) {
					Matcher table = FROM_ITEM.matcher(item.strip());
					if (table.find()) {
						addIfKnown(named, table.group(1), known);
					}
				}
			}
			return named;
		}

		private static void addIfKnown(Set<String> named, String candidate, Set<String> known) {
			if (known.contains(candidate)) {
				named.add(candidate);
			}
		}

		/** SQL with its comments turned to spaces (offsets kept), so a comment names no table. */
		static String blankSqlComments(String sql) {
			StringBuilder out = new StringBuilder(sql);
			Matcher comment = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(sql);
			while (comment.find()) {
				for (int i = comment.start(); i < comment.end(); i++) {
					if (out.charAt(i) != '\n') {
						out.setCharAt(i, ' ');
					}
				}
			}
			return out.toString();
		}

		/**
		 * @param code the source with comments turned to spaces (literals kept)
		 * @param literals the contents of every string literal and text block, escapes undone
		 */
		record Lexed(String code, List<String> literals) {
		}

		/** A small Java lexer: enough to tell comments, character literals, strings and text blocks apart. */
		static Lexed lex(String source) {
			StringBuilder code = new StringBuilder(source.length());
			List<String> literals = new ArrayList<>();
			int i = 0;
			int n = source.length();
			while (i < n) {
				char c = source.charAt(i);
				if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
					int end = source.indexOf('\n', i);
					end = end < 0 ? n : end;
					code.append(" ".repeat(end - i));
					i = end;
				}
				else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
					int end = source.indexOf("*/", i + 2);
					end = end < 0 ? n : end + 2;
					code.append(source.substring(i, end).replaceAll("[^\\n]", " "));
					i = end;
				}
				else if (c == '\'') {
					int end = i + 1;
					while (end < n && source.charAt(end) != '\'') {
						end += source.charAt(end) == '\\' ? 2 : 1;
					}
					end = Math.min(n, end + 1);
					code.append(source, i, end);
					i = end;
				}
				else if (source.startsWith("\"\"\"", i)) {
					int end = i + 3;
					StringBuilder literal = new StringBuilder();
					while (end < n && !source.startsWith("\"\"\"", end)) {
						end = unescape(source, end, literal);
					}
					end = Math.min(n, end + 3);
					literals.add(literal.toString());
					code.append(source, i, end);
					i = end;
				}
				else if (c == '"') {
					int end = i + 1;
					StringBuilder literal = new StringBuilder();
					while (end < n && source.charAt(end) != '"' && source.charAt(end) != '\n') {
						end = unescape(source, end, literal);
					}
					end = Math.min(n, end + 1);
					literals.add(literal.toString());
					code.append(source, i, end);
					i = end;
				}
				else {
					code.append(c);
					i++;
				}
			}
			return new Lexed(code.toString(), literals);
		}

		/** Appends the character at {@code at} (an escape sequence read as its character) and returns what follows. */
		private static int unescape(String source, int at, StringBuilder literal) {
			char c = source.charAt(at);
			if (c != '\\' || at + 1 >= source.length()) {
				literal.append(c);
				return at + 1;
			}
			char next = source.charAt(at + 1);
			literal.append(switch (next) {
				case 'n' -> '\n';
				case 't' -> '\t';
				default -> next;
			});
			return at + 2;
		}
	}
}
