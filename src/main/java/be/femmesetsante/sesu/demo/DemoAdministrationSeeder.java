package be.femmesetsante.sesu.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.account.AccountAdministration;
import be.femmesetsante.sesu.account.AccountRow;
import be.femmesetsante.sesu.account.AccountStatus;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.Language;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.demo.DemoCatalogue.DemoOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;

/**
 * The demo's account administration (issue 9): professionals waiting for the team to confirm that
 * they belong to a registered organisation, a staff member invited who has not chosen a password
 * yet, and a disabled partner account. Runs once the portal is ready, after {@link DemoDataSeeder}
 * has made the organisations; idempotent like it.
 */
@Component
@Profile("demo")
class DemoAdministrationSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoAdministrationSeeder.class);

	/** Professionals who asked to join the demo organisation that has an enterprise number. */
	static final List<String> JOINING = List.of("ines.martin@demo.sesu.be", "sam.peeters@demo.sesu.be");

	static final String INVITED = "invitee@demo.sesu.be";

	static final String DISABLED = "ancien.partenaire@demo.sesu.be";

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final Organisations organisations;

	DemoAdministrationSeeder(Accounts accounts, AccountAdministration administration, Organisations organisations) {
		this.accounts = accounts;
		this.administration = administration;
		this.organisations = organisations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		seed();
		log.warn("""

				 Demo account administration: pending asks to join ({}) at /join-requests;
				 invited, no password yet: {}; disabled: {}.""", String.join(", ", JOINING), INVITED, DISABLED);
	}

	void seed() {
		DemoCatalogue.ORGANISATIONS.stream()
			.map(DemoOrganisation::details)
			.filter(details -> details.enterpriseNumber() != null)
			.findFirst()
			.ifPresent(details -> {
				for (String email : JOINING) {
					PortalUser professional = accounts.signInByLink(email);
					if (professional.organisationId() == null) {
						organisations.requestToJoin(professional.accountId(), details.enterpriseNumber());
					}
				}
			});
		if (accounts.findByEmail(INVITED).isEmpty()) {
			administration.invite(null, INVITED, "Léa Nouvelle", Role.STAFF, Language.FRENCH);
		}
		if (accounts.findByEmail(DISABLED).isEmpty()) {
			AccountRow invited = administration.invite(null, DISABLED, "Jo Ancien·ne partenaire", Role.PARTNER,
					Language.ENGLISH);
			administration.disable(null, invited.id());
		}
	}

	/** For the test: whether the seeded accounts are in the state the demo promises. */
	boolean inPlace() {
		return accounts.findByEmail(INVITED)
			.flatMap(user -> administration.find(user.accountId()))
			.map(row -> row.status() == AccountStatus.INVITED)
			.orElse(false)
				&& accounts.findByEmail(DISABLED).map(user -> !user.enabled()).orElse(false);
	}

}
