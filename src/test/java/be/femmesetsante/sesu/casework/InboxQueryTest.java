package be.femmesetsante.sesu.casework;

import org.junit.jupiter.api.Test;

import be.femmesetsante.sesu.request.RequestStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's order sits in the address with the filters, so a sorted, filtered view can be bookmarked. */
class InboxQueryTest {

	private static InboxQuery query(String sort) {
		return new InboxQuery("BRUSSELS", null, "ME", null, null, null, null, "genre", null, null, "true", sort, null);
	}

	@Test
	void theOrderIsKeptWithTheFiltersOnEveryLinkOfTheView() {
		InboxQuery byDue = query("due");
		assertThat(byDue.toFilter().sort()).isEqualTo(InboxSort.DUE);
		assertThat(byDue.toFilter().openOnly()).isTrue();
		assertThat(byDue.pageUrl(2)).isEqualTo("/casework/inbox?q=genre&open=true&sort=due&region=BRUSSELS&lead=ME&page=2");
		assertThat(byDue.statusUrl(RequestStatus.NEW)).contains("sort=due").contains("status=NEW").contains("q=genre");
		assertThat(byDue.toDecideUrl()).contains("sort=due");
	}

	@Test
	void newestFirstIsTheDefaultAndStaysOutOfTheAddress() {
		assertThat(query(null).toFilter().sort()).isEqualTo(InboxSort.RECEIVED);
		assertThat(query("received").pageUrl(2)).doesNotContain("sort=");
		// A hand-edited address with an unknown order is read leniently, like the other filters.
		assertThat(query("nonsense").toFilter().sort()).isEqualTo(InboxSort.RECEIVED);
		assertThat(query("status").sortOrder()).isEqualTo(InboxSort.STATUS);
	}
}
