package be.femmesetsante.sesu.casework;

import java.util.List;
import java.util.Random;
import java.util.Set;

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
import be.femmesetsante.sesu.request.SupportRequests;

/**
 * Real organisations, accounts and requests for the casework tests: a Brussels maison médicale, a
 * Liège planning familial (Wallonia) and a German-speaking service in Eupen, each with a
 * professional, plus staff and a partner. Every call makes new ones, tagged with a made-up word
 * ({@link World#tag}) that only this world's texts contain, so a search can isolate them.
 */
public final class CaseworkFixture {

	public static final String PASSWORD = "a long enough passphrase for tests";

	public record World(String tag, PortalUser staff, PortalUser otherStaff, PortalUser partner,
			PortalUser brusselsPro, PortalUser walloniaPro, PortalUser germanPro, OrganisationView brussels,
			OrganisationView wallonia, OrganisationView german) {

		public Actor staffActor() {
			return Actor.of(staff);
		}
	}

	private CaseworkFixture() {
	}

	/** A word of letters only, the same after accent removal and French stemming. */
	static String tag() {
		Random random = new Random();
		StringBuilder tag = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			tag.append((char) ('b' + random.nextInt(20)));
		}
		return tag.append("x").toString();
	}

	public static World create(Accounts accounts, Organisations organisations) {
		String tag = tag();
		OrganisationView brussels = organisations.register(organisation("Maison médicale du Midi " + tag,
				Sector.MAISON_MEDICALE, "1060", "Saint-Gilles"));
		OrganisationView wallonia = organisations.register(organisation("Planning familial de Liège " + tag,
				Sector.PLANNING_FAMILIAL, "4000", "Liège"));
		OrganisationView german = organisations.register(organisation("Jugendhilfe Eupen " + tag,
				Sector.PROMOTION_SANTE, "4700", "Eupen"));
		PortalUser staff = accounts.createWithPassword("staff-" + tag + "@example.org", "Inès Chargée " + tag,
				Role.STAFF, PASSWORD);
		PortalUser otherStaff = accounts.createWithPassword("staff2-" + tag + "@example.org", "Lou Collègue " + tag,
				Role.STAFF, PASSWORD);
		PortalUser partner = accounts.createWithPassword("oss-" + tag + "@example.org", "Noor OSS " + tag,
				Role.PARTNER, PASSWORD);
		return new World(tag, staff, otherStaff, partner,
				accounts.createProfessional("bxl-" + tag + "@example.org", "Awa " + tag, null, brussels.id()),
				accounts.createProfessional("lg-" + tag + "@example.org", "Jo " + tag, null, wallonia.id()),
				accounts.createProfessional("de-" + tag + "@example.org", "Lena " + tag, null, german.id()),
				brussels, wallonia, german);
	}

	/** Submits a request as the professional; returns its reference. */
	public static String submit(SupportRequests requests, PortalUser professional, String title, String description,
			SupportKind kind) {
		return requests.submit(Actor.of(professional), new SubmitRequest(title, description, null, List.of(),
				Set.of(kind), null, PreferredFormat.TEAM, 5, null, "1"));
	}

	static NewOrganisation organisation(String name, Sector sector, String postalCode, String municipality) {
		return new NewOrganisation(name, sector, null, "Rue de l’Exemple 12", postalCode, municipality, null, null,
				"Camille Contact", "iel");
	}
}
