package be.femmesetsante.sesu.demo;

import be.femmesetsante.sesu.account.AccountAdministration;
import be.femmesetsante.sesu.account.AccountStatus;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.organisation.OrganisationAdministration;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's account administration, seeded on the suite's shared context (the demo profile stays
 * off there): an invited staff member, a disabled partner, and, once the demo organisations exist,
 * professionals waiting for the team to confirm them. Seeding twice adds nothing.
 */
@IntegrationTest
class DemoAdministrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationAdministration organisationAdministration;

	@Test
	void theDemoShowsAnInvitedAccountADisabledOneAndPendingAsksToJoinIdempotently() {
		DemoAdministrationSeeder seeder = new DemoAdministrationSeeder(accounts, administration, organisations);
		seeder.seed();
		seeder.seed();
		assertThat(seeder.inPlace()).isTrue();
		long invited = accounts.findByEmail(DemoAdministrationSeeder.INVITED).orElseThrow().accountId();
		assertThat(administration.find(invited).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
		long disabled = accounts.findByEmail(DemoAdministrationSeeder.DISABLED).orElseThrow().accountId();
		assertThat(administration.find(disabled).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);

		boolean demoOrganisationThere = organisations.findFirstByName(DemoCatalogue.ORGANISATIONS.get(0).name())
			.isPresent();
		long pending = organisationAdministration.pendingJoinRequests().stream()
			.filter(row -> DemoAdministrationSeeder.JOINING.contains(row.professionalEmail()))
			.count();
		assertThat(pending).isEqualTo(demoOrganisationThere ? DemoAdministrationSeeder.JOINING.size() : 0);
	}

}
