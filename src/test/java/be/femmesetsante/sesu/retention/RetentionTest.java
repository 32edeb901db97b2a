package be.femmesetsante.sesu.retention;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.ContactChannel;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.messaging.Conversations;
import be.femmesetsante.sesu.messaging.MessagingFixture;
import be.femmesetsante.sesu.organisation.EnterpriseNumber;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on the real schema: every column of every table is classified (a column nobody
 * classified fails here — so a column another slice adds must be classified below); a run empties
 * every personal column of what is due, keeps every figure the reports count, is idempotent, and a
 * subject that fails halfway is left wholly untouched for the next run.
 */
@IntegrationTest
class RetentionTest {

	/** What a column is to retention. */
	enum Kind {
		/** Personal data: emptied or replaced by a run (checked below with a marker). */
		PERSONAL,
		/** Counted by the reports, or a fact they group by: kept as it is. */
		FIGURE,
		/** Ids, versions, expiring tokens and framework tables: nothing a person wrote. */
		TECHNICAL,
		/** In a row a run deletes whole (documents, drafts): goes with its row. */
		ROW_DELETED,
		/** The audit trail: append-only, names a case by its reference and a person by an account id. */
		AUDIT
	}

	/** Tables whose columns a library defines: every column technical. */
	static final Set<String> FRAMEWORK_TABLES = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "event_publication", "shedlock");

	static final Map<String, Kind> COLUMNS = new LinkedHashMap<>();

	static void classify(Kind kind, String table, String... columns) {
		for (String column : columns) {
			COLUMNS.put(table + "." + column, kind);
		}
	}

	static {
		Kind P = Kind.PERSONAL, F = Kind.FIGURE, T = Kind.TECHNICAL, D = Kind.ROW_DELETED, A = Kind.AUDIT;
		classify(T, "account", "id", "enabled");
		classify(P, "account", "email", "display_name", "pronouns", "password_hash");
		classify(F, "account", "role", "organisation_id", "created_at");
		classify(T, "organisation", "id", "version");
		classify(P, "organisation", "name", "street", "enterprise_number", "website", "contact_name", "contact_pronouns",
				"name_search_vector");
		classify(F, "organisation", "sector", "sector_other", "postal_code", "municipality", "region", "german_speaking",
				"created_at");
		classify(T, "organisation_join_request", "id");
		classify(F, "organisation_join_request", "organisation_id", "account_id", "status", "requested_at", "decided_at");
		classify(T, "request_reference_counter", "year", "last_number");
		classify(T, "support_request", "id", "version");
		classify(P, "support_request", "title", "description", "audience", "desired_period", "heard_of_us",
				"decline_reason", "closing_summary", "withdraw_reason", "search_vector");
		classify(F, "support_request", "reference", "organisation_id", "region", "german_speaking",
				"requester_account_id", "audience_tags", "kinds", "preferred_format", "team_size",
				"privacy_notice_version", "status", "work_kind", "lead_account_id", "redirect_target", "submitted_at",
				"updated_at");
		classify(T, "request_history", "id");
		classify(P, "request_history", "actor_display_name", "detail");
		classify(F, "request_history", "request_id", "at", "actor_account_id", "from_status", "to_status", "action",
				"lead_account_id", "work_kind");
		classify(T, "request_submission", "token", "account_id", "reference", "created_at");
		classify(P, "request_draft", "title", "description", "audience", "desired_period", "heard_of_us");
		classify(D, "request_draft", "account_id", "audience_tags", "kinds", "preferred_format", "team_size", "saved_at");
		classify(T, "request_message", "id");
		classify(P, "request_message", "author_display_name", "body");
		classify(F, "request_message", "request_id", "author_account_id", "from_team", "posted_at");
		classify(P, "request_document", "uploader_display_name", "file_name", "sha256");
		classify(D, "request_document", "id", "request_id", "uploader_account_id", "from_team", "content_type",
				"size_bytes", "uploaded_at");
		classify(P, "document_content", "content");
		classify(D, "document_content", "document_id");
		classify(T, "rate_limit_bucket", "id", "state", "expires_at");
		classify(T, "report_data_version", "shard", "changes");
		classify(F, "redirect_target", "id", "code", "label_fr", "label_en", "position", "offered", "version");
		// Reference lists and the privacy notice's versions: the service's own texts, nobody's data.
		for (String list : List.of("sector_entry", "support_kind_entry", "activity_entry")) {
			classify(F, list, "code", "label_fr", "label_en", "position", "offered", "version");
		}
		classify(T, "privacy_notice", "number", "version", "text_fr", "text_en", "published_at", "published_by");
		classify(F, "support_request", "redirect_target_code");
		// When a request was first moved (reportperf, V34): a date kept from the history's.
		classify(F, "support_request", "first_moved_at");
		// Account administration (admin): language and dates are no one's words; an invitation holds only a
		// hash of its link and ids; the device cookie of the sign-in throttle (signin) names an address.
		classify(T, "account", "preferred_language", "last_signed_in_at", "deletion_requested_at", "deleted_at");
		classify(T, "account_invitation", "account_id", "created_at", "expires_at", "invited_by_account_id",
				"token_hash");
		classify(T, "sign_in_device", "token_hash", "created_at");
		classify(P, "sign_in_device", "email");
		classify(F, "organisation", "merged_into_id", "merged_at");
		classify(F, "organisation_join_request", "decided_by_account_id");
		// A wrong enterprise number set aside by V19 (robust) is the organisation's, as its number is.
		classify(T, "organisation_enterprise_number_set_aside", "organisation_id", "set_aside_at");
		classify(P, "organisation_enterprise_number_set_aside", "enterprise_number");
		// Corrections (dailyuse): who and when stay, what the corrected entries said goes.
		classify(T, "casework_correction", "id");
		classify(F, "casework_correction", "request_id", "at", "actor_account_id", "subject", "change");
		classify(P, "casework_correction", "actor_display_name", "before_facts", "after_facts");
		classify(T, "consultation_session", "version");
		classify(T, "followup_contact", "version");
		classify(T, "next_action", "version");
		classify(T, "time_entry", "version");
		classify(F, "workshop", "cancelled_at");
		// The requesters' evaluation (reports): the closed answers are counted, the comment is a person's words.
		classify(T, "request_evaluation", "id", "token_hash");
		classify(F, "request_evaluation", "request_id", "region", "invited_at", "answered_at", "usefulness",
				"practice_changed", "would_recommend");
		classify(P, "request_evaluation", "comment");
		classify(T, "second_factor_code", "username", "code_hash", "expires_at", "attempts");
		classify(T, "one_time_tokens", "token_value", "username", "expires_at");
		// Passkeys (issue 12): the account's user entity is named by its address; a passkey's label is
		// the person's words; the rest of a credential goes with its row (AccountRetention deletes both).
		classify(T, "user_entities", "id");
		classify(P, "user_entities", "name", "display_name");
		classify(P, "user_credentials", "label");
		classify(D, "user_credentials", "credential_id", "user_entity_user_id", "public_key", "signature_count",
				"uv_initialized", "backup_eligible", "authenticator_transports", "public_key_credential_type",
				"backup_state", "attestation_object", "attestation_client_data_json", "created", "last_used");
		classify(T, "consultation_session", "id");
		classify(P, "consultation_session", "notes", "place");
		classify(F, "consultation_session", "request_id", "session_date", "duration_minutes", "mode", "participants",
				"author_account_id", "created_at");
		classify(T, "workshop", "id", "version");
		classify(F, "workshop", "theme", "place", "online", "created_at");
		classify(F, "workshop_date", "workshop_id", "workshop_date");
		classify(F, "workshop_facilitator", "workshop_id", "account_id");
		classify(F, "workshop_participation", "workshop_id", "request_id", "reference", "organisation_id", "region",
				"participants");
		classify(T, "followup_contact", "id");
		classify(P, "followup_contact", "summary");
		classify(F, "followup_contact", "request_id", "contact_date", "channel", "author_account_id", "created_at");
		classify(T, "next_action", "id");
		classify(P, "next_action", "what");
		classify(F, "next_action", "request_id", "due_date", "assignee_account_id", "done", "done_at",
				"author_account_id", "created_at", "ended_with_request");
		classify(T, "time_entry", "id");
		classify(F, "time_entry", "request_id", "entry_date", "minutes", "activity", "account_id", "created_at");
		classify(A, "audit_event", "id", "at", "actor_account_id", "action", "request_reference", "fields", "detail",
				"client_address");
		classify(T, "retention_setting", "id", "months", "updated_at", "updated_by");
		classify(T, "retention_run", "id", "started_at", "finished_at", "started_by", "admin_account_id", "cutoff",
				"requests", "accounts", "organisations", "drafts", "failures");
		classify(T, "retention_anonymised", "kind", "subject_id", "run_id", "anonymised_at");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Sessions sessions;

	@Autowired
	FollowUps followUps;

	@Autowired
	Conversations conversations;

	@Autowired
	Retention retention;

	List<String> schemaColumns() {
		return jdbc.sql("""
				select c.table_name || '.' || c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				order by 1""").query(String.class).list();
	}

	@Test
	void everyColumnOfTheSchemaIsClassifiedAndNoClassificationIsStale() {
		List<String> columns = schemaColumns();
		List<String> unclassified = columns.stream()
			.filter(c -> !COLUMNS.containsKey(c) && !FRAMEWORK_TABLES.contains(c.substring(0, c.indexOf('.'))))
			.toList();
		assertThat(unclassified).as("columns retention does not know: classify them in RetentionTest.COLUMNS"
				+ " (personal ones must also be anonymised by their module's retention listener)").isEmpty();
		assertThat(new TreeSet<>(COLUMNS.keySet())).as("classified columns that no longer exist")
			.allMatch(columns::contains);
		assertThat(COLUMNS.values()).contains(Kind.PERSONAL);
	}

	/** A run on a world of its own: everything personal of what is due carries the marker beforehand. */
	record World(String marker, String enterpriseNumber, String passwordHash, String sha256, List<Long> requestIds,
			List<String> references, long staffId, long recentDraftAccount) {
	}

	static String marker() {
		Random random = new Random();
		StringBuilder marker = new StringBuilder("zorglub");
		for (int i = 0; i < 8; i++) {
			marker.append((char) ('b' + random.nextInt(20)));
		}
		return marker.toString();
	}

	World dueWorld() throws Exception {
		String z = marker();
		int base = 1_000_000 + new Random().nextInt(8_999_999);
		String enterpriseNumber = String.format("%08d%02d", base, 97 - base % 97);
		OrganisationView organisation = organisations.register(new NewOrganisation("Maison " + z, Sector.MAISON_MEDICALE,
				null, "Rue " + z + " 3", "1060", "Saint-Gilles", new EnterpriseNumber(enterpriseNumber),
				"https://" + z + ".example.org", "Contact " + z, "iel " + z));
		PortalUser professional = accounts.createProfessional(z + "@example.org", "Awa " + z, "elle " + z,
				organisation.id());
		PortalUser partner = accounts.createWithPassword("oss-" + z + "@example.org", "Noor " + z, Role.PARTNER,
				"a long enough passphrase " + z);
		String hash = jdbc.sql("select password_hash from account where id = ?").param(partner.accountId())
			.query(String.class).single();
		PortalUser staff = accounts.createWithPassword("lead-" + System.nanoTime() + "@example.org", "Camille Lead",
				Role.STAFF, "a long enough passphrase for a lead");
		Actor lead = Actor.of(staff);
		Actor pro = Actor.of(professional);

		SupportRequestView closed = submitted(pro, lead, z, Set.of(SupportKind.PROJECT_SUPPORT, SupportKind.TEAM_TRAINING));
		closed = requests.assignLead(lead, closed.id(), closed.version(), staff.accountId());
		closed = requests.accept(lead, closed.id(), closed.version(), WorkKind.CONSULTATION);
		sessions.log(lead, closed.reference(), new Sessions.NewSession(LocalDate.now().minusDays(3), 90,
				SessionMode.ON_SITE, 7, "Salle " + z, "Notes " + z));
		followUps.addContact(lead, closed.reference(), LocalDate.now(), ContactChannel.PHONE, "Appel " + z);
		followUps.addAction(lead, closed.reference(), "Envoyer " + z, LocalDate.now().plusDays(3), staff.accountId());
		followUps.logTime(lead, closed.reference(), LocalDate.now(), 45, Activity.PREPARATION);
		conversations.post(pro, closed.reference(), "Bonjour, ici " + z);
		conversations.post(lead, closed.reference(), "Bien reçu");
		byte[] pdf = concat(MessagingFixture.pdf(), ("\n% " + z + "\n").getBytes(StandardCharsets.US_ASCII));
		String sha = conversations.share(pro, closed.reference(), "affiche-" + z + ".pdf", new ByteArrayInputStream(pdf))
			.sha256();
		closed = requests.findByReference(lead, closed.reference()).orElseThrow().request();
		closed = requests.close(lead, closed.id(), closed.version(), "Bilan " + z);

		SupportRequestView declined = submitted(pro, lead, z, Set.of(SupportKind.TOOL_REVIEW));
		declined = requests.decline(lead, declined.id(), declined.version(), "Hors mission " + z);
		SupportRequestView withdrawn = submitted(pro, lead, z, Set.of(SupportKind.EVALUATION));
		withdrawn = requests.withdraw(pro, withdrawn.id(), withdrawn.version(), "Plus besoin " + z);

		// What other slices keep about these people: a correction of the closed request's follow-up, a
		// device cookie of the partner, an enterprise number set aside for the organisation.
		jdbc.sql("""
				insert into casework_correction (request_id, at, actor_account_id, actor_display_name, subject, change,
				  before_facts, after_facts)
				values (?, now(), ?, ?, 'CONTACT', 'EDITED', ?, ?)""")
			.params(closed.id(), staff.accountId(), "Camille " + z, "summary=Appel " + z, "summary=Rappel " + z)
			.update();
		jdbc.sql("""
				insert into request_evaluation (request_id, region, token_hash, invited_at, answered_at, usefulness,
				  comment)
				values (?, 'BRUSSELS', ?, now(), now(), 3, ?)
				on conflict (request_id) do update set answered_at = now(), usefulness = 3, comment = excluded.comment""")
			.params(closed.id(), Long.toHexString(System.nanoTime()) + "e", "Merci " + z)
			.update();
		jdbc.sql("insert into sign_in_device (token_hash, email) values (?, ?)")
			.params(Long.toHexString(System.nanoTime()), "oss-" + z + "@example.org")
			.update();
		// The partner's passkey (issue 12): its user entity names the address.
		jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)")
			.params("pk-" + z, "oss-" + z + "@example.org", "Noor " + z)
			.update();
		jdbc.sql("""
				insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible,
				  backup_state, authenticator_transports, created, last_used, label)
				values (?, ?, '\\x00'::bytea, false, false, 'internal', now(), now(), ?)""")
			.params("cred-" + z, "pk-" + z, "Téléphone de Noor " + z)
			.update();
		jdbc.sql("insert into organisation_enterprise_number_set_aside (organisation_id, enterprise_number) values (?, ?)")
			.params(organisation.id(), enterpriseNumber)
			.update();

		List<Long> ids = List.of(closed.id(), declined.id(), withdrawn.id());
		// Ended 30 months ago; the people and the organisation known as long, and silent since.
		for (long id : ids) {
			jdbc.sql("update support_request set updated_at = now() - interval '30 months' where id = ?").param(id).update();
		}
		for (long account : List.of(professional.accountId(), partner.accountId())) {
			jdbc.sql("update account set created_at = now() - interval '40 months' where id = ?").param(account).update();
		}
		jdbc.sql("update organisation set created_at = now() - interval '40 months' where id = ?").param(organisation.id())
			.update();
		// A draft never sent, 100 days old, of someone still active (no organisation: a new member would
		// keep the organisation above); and a fresh one that stays.
		PortalUser drafter = accounts.createProfessional("draft-" + System.nanoTime() + "@example.org", "Draftee",
				null, null);
		jdbc.sql("""
				insert into request_draft (account_id, title, description, audience, desired_period, heard_of_us, saved_at)
				values (?, ?, ?, ?, ?, ?, now() - interval '100 days')""")
			.params(drafter.accountId(), "Brouillon " + z, "Texte " + z, "Public " + z, "Période " + z, "Bouche " + z)
			.update();
		PortalUser recent = accounts.createProfessional("draft2-" + System.nanoTime() + "@example.org", "Recent",
				null, null);
		jdbc.sql("insert into request_draft (account_id, title, saved_at) values (?, 'récent', now() - interval '10 days')")
			.param(recent.accountId())
			.update();
		return new World(z, enterpriseNumber, hash, sha, ids,
				List.of(closed.reference(), declined.reference(), withdrawn.reference()), staff.accountId(),
				recent.accountId());
	}

	SupportRequestView submitted(Actor pro, Actor lead, String z, Set<SupportKind> kinds) {
		String reference = requests.submit(pro, new SubmitRequest("Titre " + z, "Description " + z, "Public " + z,
				List.of(), kinds, "Période " + z, PreferredFormat.TEAM, 6, "Bouche à oreille " + z, "1"));
		return requests.findByReference(lead, reference).orElseThrow().request();
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	/** Rows of this column that still carry what the world put there. */
	long carrying(String column, World world) {
		String table = column.substring(0, column.indexOf('.'));
		String name = column.substring(column.indexOf('.') + 1);
		JdbcClient.StatementSpec sql = switch (column) {
			case "organisation.enterprise_number" -> jdbc.sql("select count(*) from organisation where enterprise_number = ?")
				.param(world.enterpriseNumber());
			case "organisation_enterprise_number_set_aside.enterprise_number" -> jdbc.sql(
					"select count(*) from organisation_enterprise_number_set_aside where enterprise_number = ?")
				.param(world.enterpriseNumber());
			case "account.password_hash" -> jdbc.sql("select count(*) from account where password_hash = ?")
				.param(world.passwordHash());
			case "request_document.sha256" -> jdbc.sql("select count(*) from request_document where sha256 = ?")
				.param(world.sha256());
			case "document_content.content" -> jdbc.sql(
					"select count(*) from document_content where position(convert_to(?, 'UTF8') in content) > 0")
				.param(world.marker());
			// A search vector holds the marker stemmed (French stemming may cut its last letters).
			default -> jdbc.sql("select count(*) from " + table + " where " + name + "::text ilike ?")
				.param("%" + (name.endsWith("search_vector") ? world.marker().substring(0, 11) : world.marker()) + "%");
		};
		return sql.query(Long.class).single();
	}

	List<String> personalColumns() {
		return COLUMNS.entrySet().stream().filter(e -> e.getValue() == Kind.PERSONAL).map(Map.Entry::getKey).toList();
	}

	/** What the activity report counts, as SQL over the counted columns (until the report exists). */
	List<String> figures() {
		List<String> figures = new ArrayList<>();
		for (String sql : List.of("""
				select r.status, r.region, o.sector, r.work_kind, to_char(r.submitted_at, 'YYYY-MM'), count(*)
				from support_request r join organisation o on o.id = r.organisation_id
				group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""", """
				select k, r.region, count(*) from support_request r, unnest(r.kinds) k group by 1, 2 order by 1, 2""", """
				select r.redirect_target, count(*) from support_request r group by 1 order by 1""", """
				select mode, count(*), sum(duration_minutes), sum(participants), to_char(session_date, 'YYYY-MM')
				from consultation_session group by mode, 5 order by 1, 5""", """
				select activity, count(*), sum(minutes) from time_entry group by 1 order by 1""", """
				select count(*), sum(participants) from workshop_participation""", """
				select channel, count(*) from followup_contact group by 1 order by 1""", """
				select count(*), count(*) filter (where done) from next_action""", """
				select from_team, count(*) from request_message group by 1 order by 1""", """
				select action, to_status, count(*) from request_history group by 1, 2 order by 1, 2""", """
				select o.region, o.sector, o.postal_code, count(*) from organisation o group by 1, 2, 3 order by 1, 2, 3""",
				"""
				select role, organisation_id is null, count(*) from account group by 1, 2 order by 1, 2""")) {
			figures.add(jdbc.sql(sql).query().listOfRows().toString());
		}
		return figures;
	}

	@Test
	void aRunEmptiesEveryPersonalColumnOfWhatIsDueAndKeepsEveryFigure() throws Exception {
		World world = dueWorld();
		for (String column : personalColumns()) {
			assertThat(carrying(column, world)).as("before the run, the world fills " + column).isPositive();
		}
		List<String> figuresBefore = figures();
		Retention.Preview preview = retention.preview();
		assertThat(preview.requests()).extracting(Retention.DueRequest::reference)
			.containsAll(world.references());

		Retention.Run run = retention.run(Retention.StartedBy.ADMIN, null);

		for (String column : personalColumns()) {
			assertThat(carrying(column, world)).as("after the run, " + column + " holds nothing of the world").isZero();
		}
		assertThat(figures()).as("every counted figure").isEqualTo(figuresBefore);
		assertThat(run.requests()).isGreaterThanOrEqualTo(3);
		assertThat(run.accounts()).isGreaterThanOrEqualTo(2);
		assertThat(run.organisations()).isGreaterThanOrEqualTo(1);
		assertThat(run.drafts()).isGreaterThanOrEqualTo(1);
		assertThat(run.failures()).isZero();
		assertThat(run.finishedAt()).isNotNull();
		assertThat(jdbc.sql("select count(*) from request_draft where account_id = ?").param(world.recentDraftAccount())
			.query(Long.class).single()).as("a draft of 10 days stays").isEqualTo(1);
		assertThat(jdbc.sql("select display_name from account where id = ?").param(world.staffId()).query(String.class)
			.single()).as("an account known for less than the period stays").isEqualTo("Camille Lead");
		// The trail outlives the case, naming it by its reference only.
		for (String reference : world.references()) {
			assertThat(jdbc.sql("select count(*) from audit_event where request_reference = ? and action = 'ANONYMISED'")
				.param(reference).query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from audit_event where request_reference = ? and action = 'PAGE_READ'")
				.param(reference).query(Long.class).single()).isPositive();
		}

		Retention.Run again = retention.run(Retention.StartedBy.ADMIN, null);
		assertThat(again.requests()).as("a second run finds nothing left to do").isZero();
		assertThat(again.accounts()).isZero();
		assertThat(again.organisations()).isZero();
		assertThat(retention.preview().requests()).extracting(Retention.DueRequest::reference)
			.doesNotContainAnyElementsOf(world.references());
	}

	@Test
	void aRequestWhoseAnonymisationFailsHalfwayIsLeftWhollyUntouchedAndTheNextRunFinishesIt() throws Exception {
		World world = dueWorld();
		String broken = world.references().get(0);
		jdbc.sql("""
				create or replace function retention_test_crash() returns trigger language plpgsql as $$
				begin raise exception 'crash in the middle of %', new.request_reference; end $$""").update();
		jdbc.sql("create trigger retention_test_crash before insert on audit_event for each row when "
				+ "(new.action = 'ANONYMISED' and new.request_reference = '" + broken + "') "
				+ "execute function retention_test_crash()").update();
		try {
			Retention.Run run = retention.run(Retention.StartedBy.ADMIN, null);
			assertThat(run.failures()).isEqualTo(1);
			long id = world.requestIds().get(0);
			assertThat(jdbc.sql("select title from support_request where id = ?").param(id).query(String.class).single())
				.as("every module's change to the failed request was rolled back").contains(world.marker());
			assertThat(jdbc.sql("select count(*) from request_message where request_id = ? and body like ?")
				.params(id, "%" + world.marker() + "%").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from consultation_session where request_id = ? and notes like ?")
				.params(id, "%" + world.marker() + "%").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from retention_anonymised where kind = 'REQUEST' and subject_id = ?")
				.param(id).query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select title from support_request where id = ?").param(world.requestIds().get(1))
				.query(String.class).single()).as("the others went through").doesNotContain(world.marker());
		}
		finally {
			jdbc.sql("drop trigger retention_test_crash on audit_event").update();
			jdbc.sql("drop function retention_test_crash()").update();
		}
		Retention.Run next = retention.run(Retention.StartedBy.NIGHTLY, null);
		assertThat(next.requests()).isEqualTo(1);
		for (String column : personalColumns()) {
			assertThat(carrying(column, world)).as(column + " after the next run").isZero();
		}
	}
}
