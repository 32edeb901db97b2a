package be.femmesetsante.sesu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.femmesetsante.sesu.account.Role;

/**
 * The access policy as README.md and the privacy notice write it down, one line per person: which
 * cases they reach and which part of a case they see. A change of policy changes this test first.
 */
class AccessPolicyTest {

	static final Actor STAFF = new Actor(1, "Camille", Role.STAFF, null);
	static final Actor PARTNER = new Actor(2, "Noor", Role.PARTNER, null);
	static final Actor PROFESSIONAL = new Actor(3, "Awa", Role.PROFESSIONAL, 42L);
	static final Actor PROFESSIONAL_WITHOUT_ORGANISATION = new Actor(4, "Lou", Role.PROFESSIONAL, null);
	static final Actor ADMIN = new Actor(5, "Alex", Role.ADMIN, null);

	@Test
	void theTeamReachesEveryCaseSeesAllOfItAndActs() {
		Audience team = STAFF.audience();
		assertThat(team).isEqualTo(Audience.TEAM);
		assertThat(team.actsOnCases()).isTrue();
		assertThat(team.seesCasework()).isTrue();
		assertThat(team.usesThread()).isTrue();
		assertThat(team.readsInternalText()).isTrue();
		assertThat(team.seesFollowUps()).isTrue();
		assertThat(team.seesOtherOrganisations()).isTrue();
		assertThat(STAFF.scope().everything()).isTrue();
		assertThat(STAFF.scope().sql("r.region", "r.organisation_id")).isEqualTo("true");
		assertThat(STAFF.scope().includes(Region.WALLONIA, 7)).isTrue();
	}

	@Test
	void thePartnerReadsBrusselsCasesAndWhatWasDoneButNeverTheThreadNorTheTeamsText() {
		Audience partner = PARTNER.audience();
		assertThat(partner.actsOnCases()).isFalse();
		assertThat(partner.seesCasework()).isTrue();
		assertThat(partner.seesFollowUps()).isTrue();
		assertThat(partner.seesWorkFigures()).isTrue();
		assertThat(partner.usesThread()).as("messages and documents are the requester's exchange with the team")
			.isFalse();
		assertThat(partner.readsInternalText()).isFalse();
		Scope brussels = PARTNER.scope();
		assertThat(brussels.includes(Region.BRUSSELS, 7)).isTrue();
		assertThat(brussels.includes(Region.WALLONIA, 7)).isFalse();
		assertThat(brussels.sql("r.region", "r.organisation_id")).isEqualTo("r.region = :scopeRegion");
		assertThat(brussels.parameters()).isEqualTo(Map.of("scopeRegion", "BRUSSELS"));
	}

	@Test
	void theRequesterReachesTheirOrganisationsRequestsFromTheirSideOnly() {
		Audience requester = PROFESSIONAL.audience();
		assertThat(requester.isRequester()).isTrue();
		assertThat(requester.usesThread()).isTrue();
		assertThat(requester.actsOnCases()).isFalse();
		assertThat(requester.seesCasework()).isFalse();
		assertThat(requester.seesFollowUps()).as("contacts, time, next actions stay internal").isFalse();
		assertThat(requester.seesWorkFigures()).isFalse();
		assertThat(requester.readsInternalText()).isFalse();
		assertThat(requester.seesOtherOrganisations()).as("never the other organisations of a workshop").isFalse();
		Scope own = PROFESSIONAL.scope();
		assertThat(own.includes(Region.BRUSSELS, 42)).isTrue();
		assertThat(own.includes(Region.BRUSSELS, 43)).isFalse();
		assertThat(own.sql("p.region", "p.organisation_id")).isEqualTo("p.organisation_id = :scopeOrganisation");
		assertThat(own.parameters()).isEqualTo(Map.of("scopeOrganisation", 42L));
		assertThat(PROFESSIONAL_WITHOUT_ORGANISATION.scope().none()).isTrue();
	}

	@Test
	void anAdminReachesNoCaseData() {
		Audience admin = ADMIN.audience();
		assertThat(admin).isEqualTo(Audience.NONE);
		assertThat(admin.seesCasework() || admin.usesThread() || admin.isRequester() || admin.actsOnCases()).isFalse();
		assertThat(ADMIN.scope().none()).isTrue();
		assertThat(ADMIN.scope().includes(Region.BRUSSELS, 42)).isFalse();
		assertThat(ADMIN.scope().sql("r.region", "r.organisation_id")).isEqualTo("false");
		assertThat(ADMIN.scope().parameters()).isEmpty();
	}
}
