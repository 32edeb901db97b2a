package be.femmesetsante.sesu.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * Real data for the casework tests: two staff members, a partner, two Brussels organisations and
 * a Wallonia one, and requests at the stages casework needs. Every call makes new ones.
 *
 * @param consultation Brussels, ACCEPTED as a consultation, lead = staff
 * @param fresh Brussels, NEW, no lead
 * @param workshopBrussels Brussels (organisation A), ACCEPTED as a workshop
 * @param workshopOther Brussels (organisation C), ACCEPTED as a workshop
 * @param workshopWallonia Wallonia, ACCEPTED as a workshop
 * @param wallonia Wallonia, ACCEPTED as a consultation
 */
public record FollowUpFixture(String run, PortalUser staff, PortalUser colleague, PortalUser partner,
		PortalUser professional, String organisationA, String organisationC, String organisationWallonia,
		SupportRequestView consultation, SupportRequestView fresh, SupportRequestView workshopBrussels,
		SupportRequestView workshopOther, SupportRequestView workshopWallonia, SupportRequestView wallonia) {

	public static FollowUpFixture create(Accounts accounts, Organisations organisations, SupportRequests requests) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		OrganisationView a = organisations.register(organisation("Maison médicale Casework " + run, "1000", "Bruxelles"));
		OrganisationView c = organisations.register(organisation("Planning Casework " + run, "1050", "Ixelles"));
		OrganisationView w = organisations.register(organisation("CPAS Casework " + run, "5000", "Namur"));
		PortalUser proA = accounts.createProfessional("cw-a-" + run + "@example.org", "Alex " + run, null, a.id());
		PortalUser proC = accounts.createProfessional("cw-c-" + run + "@example.org", "Charlie " + run, null, c.id());
		PortalUser proW = accounts.createProfessional("cw-w-" + run + "@example.org", "Wim " + run, null, w.id());
		String password = "a long enough passphrase " + run;
		PortalUser staff = accounts.createWithPassword("cw-staff-" + run + "@example.org", "Camille " + run, Role.STAFF,
				password);
		PortalUser colleague = accounts.createWithPassword("cw-coll-" + run + "@example.org", "Yasmine " + run,
				Role.STAFF, password);
		PortalUser partner = accounts.createWithPassword("cw-oss-" + run + "@example.org", "Noor " + run, Role.PARTNER,
				password);
		Actor lead = Actor.of(staff);
		return new FollowUpFixture(run, staff, colleague, partner, proA, a.name(), c.name(), w.name(),
				accepted(requests, lead, proA, "Accompagnement " + run, WorkKind.CONSULTATION),
				submitted(requests, lead, proA, "Nouvelle " + run),
				accepted(requests, lead, proA, "Atelier A " + run, WorkKind.WORKSHOP),
				accepted(requests, lead, proC, "Atelier C " + run, WorkKind.WORKSHOP),
				accepted(requests, lead, proW, "Atelier W " + run, WorkKind.WORKSHOP),
				accepted(requests, lead, proW, "Wallonie " + run, WorkKind.CONSULTATION));
	}

	public Actor staffActor() {
		return Actor.of(staff);
	}

	private static SupportRequestView submitted(SupportRequests requests, Actor lead, PortalUser requester,
			String title) {
		String reference = requests.submit(Actor.of(requester), request(title));
		return requests.findByReference(lead, reference).orElseThrow().request();
	}

	private static SupportRequestView accepted(SupportRequests requests, Actor lead, PortalUser requester, String title,
			WorkKind kind) {
		SupportRequestView request = submitted(requests, lead, requester, title);
		request = requests.assignLead(lead, request.id(), request.version(), lead.accountId());
		return requests.accept(lead, request.id(), request.version(), kind);
	}

	static NewOrganisation organisation(String name, String postalCode, String municipality) {
		return new NewOrganisation(name, Sector.MAISON_MEDICALE, null, "Rue du Test 1", postalCode, municipality, null,
				null, "Contact", null);
	}

	static SubmitRequest request(String title) {
		return new SubmitRequest(title, "Nous souhaitons revoir notre accueil.", "Personnes migrantes", List.of(),
				Set.of(SupportKind.PROJECT_SUPPORT), "Printemps", PreferredFormat.TEAM, 6, null, "1");
	}
}
