package be.femmesetsante.sesu.casework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.StatementCounter;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 13: the SQL statements a page sends do not grow with the data. Each page is counted (every
 * statement on the JDBC connection: Hibernate, JdbcClient, the session store) with 10 requests, then
 * again once 990 more requests of the same organisation, led by the same staff member, each with a
 * next action due, and 60 contacts on the shown request are in the database; the counts must match.
 * The activity report is counted too, for staff and for a partner, over the year those requests were
 * received in.
 */
@IntegrationTest
class PageStatementCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPageSendsAsManyStatementsWithAThousandRequestsAsWithTen() {
		World world = CaseworkFixture.create(accounts, organisations);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			references.add(CaseworkFixture.submit(requests, world.brusselsPro(), "Évaluation " + i + " " + world.tag(),
					"Une évaluation de nos animations.", SupportKind.EVALUATION));
		}
		String shown = references.get(0);
		jdbc.update("update support_request set status = 'IN_PROGRESS', work_kind = 'CONSULTATION', lead_account_id = ?"
				+ " where reference = ?", world.staff().accountId(), shown);

		Map<String, Integer> withTen = new LinkedHashMap<>(counts(world, shown));
		assertThat(withTen.values()).allMatch(count -> count > 0);

		addNineHundredNinetyRequests(world, shown);
		assertThat(jdbc.queryForObject("select count(*) from support_request where organisation_id = ?", Long.class,
				world.brussels().id())).isEqualTo(1000L);

		Map<String, Integer> withAThousand = counts(world, shown);
		// The professional's list is a Spring Data page: with fewer rows than a page it knows the total
		// without asking, so the count statement appears once there is a second page, and then stays one.
		assertThat(withAThousand.remove("professional's list")).isEqualTo(withTen.remove("professional's list") + 1);
		assertThat(withAThousand).isEqualTo(withTen);
	}

	private Map<String, Integer> counts(World world, String shown) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("inbox", count("/casework/inbox", world.staff()));
		counts.put("inbox filtered", count("/casework/inbox?region=BRUSSELS&status=IN_PROGRESS&q=" + world.tag(),
				world.staff()));
		counts.put("inbox sorted by next action", count("/casework/inbox?sort=due&q=" + world.tag(), world.staff()));
		counts.put("inbox sorted by status", count("/casework/inbox?sort=status&q=" + world.tag(), world.staff()));
		counts.put("dashboard", count("/casework/dashboard", world.staff()));
		counts.put("casework page", count("/casework/requests/" + shown, world.staff()));
		counts.put("partner's list", count("/casework/inbox?q=" + world.tag(), world.partner()));
		counts.put("professional's list", count("/requests", world.brusselsPro()));
		// The activity report of the year the added requests were received in (and the year before).
		String report = "/reports?region=BRUSSELS&year=" + java.time.LocalDate.now().minusDays(400).getYear();
		counts.put("report", count(report, world.staff()));
		counts.put("partner's report", count(report, world.partner()));
		return counts;
	}

	/**
	 * The statements of a page in steady state: it is opened once first, so that what is cached for
	 * every page (the reference lists, kept 30 s) does not count for whichever measure came first, and
	 * measured twice.
	 */
	private int count(String path, PortalUser who) {
		Runnable open = () -> {
			try {
				MvcResult result = mvc.perform(get(path).with(signedIn(who))).andReturn();
				assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
				result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		open.run();
		// The smaller of two measures: the reference lists' 30 s cache may expire between the first
		// opening and a measure (once, on a slow machine: two more statements for the inbox sorted by
		// status); it cannot expire during both, since each expiry is followed by 30 s of cache.
		return Math.min(StatementCounter.count(open), StatementCounter.count(open));
	}

	/** In one statement each, as the benchmark seeds: old requests (years ago), so other tests' lists keep theirs first. */
	private void addNineHundredNinetyRequests(World world, String shown) {
		long staff = world.staff().accountId();
		jdbc.update("""
				insert into support_request (reference, organisation_id, region, german_speaking, requester_account_id,
				    title, description, kinds, preferred_format, privacy_notice_version, status, work_kind,
				    lead_account_id, submitted_at, updated_at)
				select 'C' || substr(md5(?), 1, 8) || '-' || g, ?, 'BRUSSELS', false, ?, 'Évaluation ' || g || ' ' || ?,
				       'Une évaluation de nos animations.', array['EVALUATION'], 'TEAM', '1',
				       case when g % 3 = 0 then 'CLOSED' else 'IN_PROGRESS' end, 'CONSULTATION', ?,
				       now() - interval '400 days' - g * interval '1 hour', now() - interval '400 days'
				from generate_series(1, 990) g""", world.tag(), world.brussels().id(), world.brusselsPro().accountId(),
				world.tag(), staff);
		jdbc.update("""
				insert into request_history (request_id, at, actor_account_id, actor_display_name, to_status, action)
				select id, submitted_at, requester_account_id, 'Pro', 'NEW', 'SUBMITTED' from support_request
				where organisation_id = ? and reference like 'C%'""", world.brussels().id());
		jdbc.update("""
				insert into next_action (request_id, what, due_date, assignee_account_id, author_account_id)
				select id, 'Rappeler', current_date - 1, ?, ? from support_request
				where organisation_id = ? and status = 'IN_PROGRESS'""", staff, staff, world.brussels().id());
		jdbc.update("""
				insert into followup_contact (request_id, contact_date, channel, summary, author_account_id)
				select r.id, current_date - g, 'EMAIL', 'Échange ' || g, ? from support_request r, generate_series(1, 60) g
				where r.reference = ?""", staff, shown);
		jdbc.update("""
				insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status,
				    action, lead_account_id)
				select r.id, now() - g * interval '1 minute', ?, 'Équipe', 'IN_REVIEW', 'IN_REVIEW', 'LEAD_ASSIGNED', ?
				from support_request r, generate_series(1, 40) g where r.reference = ?""", staff, staff, shown);
	}
}
