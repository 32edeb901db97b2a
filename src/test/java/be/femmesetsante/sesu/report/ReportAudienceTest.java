package be.femmesetsante.sesu.report;

import org.junit.jupiter.api.Test;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;
import be.femmesetsante.sesu.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads which report, from the access policy: the team both regions, partners Brussels, suppressed. */
class ReportAudienceTest {

	static Actor actor(Role role, Long organisation) {
		return new Actor(1, "Someone", role, organisation);
	}

	@Test
	void theTeamReadsBothRegionsWithEveryCount() {
		assertThat(Reports.regionsOf(actor(Role.STAFF, null))).containsExactly(Region.BRUSSELS, Region.WALLONIA);
		assertThat(Audience.TEAM.readsSmallCounts()).isTrue();
	}

	@Test
	void aPartnerReadsBrusselsOnlyWithSmallCountsSuppressed() {
		assertThat(Reports.regionsOf(actor(Role.PARTNER, null))).containsExactly(Region.BRUSSELS);
		assertThat(Audience.PARTNER.readsReports()).isTrue();
		assertThat(Audience.PARTNER.readsSmallCounts()).isFalse();
	}

	@Test
	void professionalsAndAdminsReadNoReport() {
		assertThat(Reports.regionsOf(actor(Role.PROFESSIONAL, 4L))).isEmpty();
		assertThat(Reports.regionsOf(actor(Role.ADMIN, null))).isEmpty();
		assertThat(Audience.REQUESTER.readsReports() || Audience.NONE.readsReports()).isFalse();
	}
}
