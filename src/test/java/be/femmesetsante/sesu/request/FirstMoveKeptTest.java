package be.femmesetsante.sesu.request;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.CaseworkFixture;
import be.femmesetsante.sesu.casework.CaseworkFixture.World;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (V34): {@code support_request.first_moved_at}, which the activity report reads for its
 * median delay to the first action, is always the earliest entry of the request's history that is
 * neither its submission nor its withdrawal — after the lifecycle's own moves, and after entries
 * written, changed or removed by SQL — and so, in the end, for every request of the database.
 */
@IntegrationTest
class FirstMoveKeptTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstMoveFollowsTheHistoryWhoeverWritesIt() {
		World world = CaseworkFixture.create(accounts, organisations);
		String reference = CaseworkFixture.submit(requests, world.brusselsPro(), "Premier pas " + world.tag(),
				"Une demande dont on suit le premier mouvement.", SupportKind.EVALUATION);
		long id = jdbc.sql("select id from support_request where reference = ?").param(reference).query(Long.class)
			.single();
		assertThat(firstMove(id)).as("only submitted").isNull();

		// The lifecycle's moves: the lead assigned, then accepted; the first is the assignment.
		Actor staff = Actor.of(world.staff());
		requests.assignLead(staff, id, version(id), world.staff().accountId());
		OffsetDateTime assigned = earliestMove(id);
		assertThat(assigned).isNotNull();
		requests.accept(staff, id, version(id), WorkKind.CONSULTATION);
		assertThat(firstMove(id)).isEqualTo(assigned);

		// Entries written by SQL: a later one changes nothing, an earlier one becomes the first,
		// a withdrawal never counts.
		OffsetDateTime early = assigned.minusDays(2);
		insert(id, assigned.plusDays(5), "STARTED");
		assertThat(firstMove(id)).isEqualTo(assigned);
		long earlyEntry = insert(id, early, "LEAD_ASSIGNED");
		assertThat(firstMove(id)).isEqualTo(early);
		insert(id, early.minusDays(1), "WITHDRAWN");
		assertThat(firstMove(id)).isEqualTo(early);

		// Changed: moved later, then turned into a submission (no longer a move); removed.
		jdbc.sql("update request_history set at = ? where id = ?").params(assigned.plusDays(1), earlyEntry).update();
		assertThat(firstMove(id)).isEqualTo(assigned);
		jdbc.sql("update request_history set at = ?, action = 'SUBMITTED', from_status = null where id = ?")
			.params(early, earlyEntry)
			.update();
		assertThat(firstMove(id)).isEqualTo(assigned);
		jdbc.sql("delete from request_history where request_id = ? and action <> 'SUBMITTED'").param(id).update();
		assertThat(firstMove(id)).isNull();

		// And for every request in the database, whichever test wrote its history.
		assertThat(jdbc.sql("""
				select count(*) from support_request r
				where r.first_moved_at is distinct from (select min(h.at) from request_history h
				    where h.request_id = r.id and h.action not in ('SUBMITTED', 'WITHDRAWN'))""").query(Long.class)
			.single()).isZero();
	}

	private OffsetDateTime firstMove(long id) {
		return jdbc.sql("select first_moved_at from support_request where id = ?").param(id)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.list()
			.get(0);
	}

	private OffsetDateTime earliestMove(long id) {
		return jdbc.sql("select min(at) from request_history where request_id = ? and action not in ('SUBMITTED', 'WITHDRAWN')")
			.param(id)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.list()
			.get(0);
	}

	private long version(long id) {
		return jdbc.sql("select version from support_request where id = ?").param(id).query(Long.class).single();
	}

	private long insert(long id, OffsetDateTime at, String action) {
		return jdbc.sql("""
				insert into request_history (request_id, at, actor_account_id, actor_display_name, from_status, to_status,
				    action)
				select id, ?, lead_account_id, 'Équipe', status, status, ? from support_request where id = ?
				returning id""").params(at, action, id).query(Long.class).single();
	}
}
