package be.femmesetsante.sesu.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.springframework.stereotype.Component;

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
 * Real accounts, organisations and requests for the messaging and privacy tests: a Brussels
 * organisation (A) and a Wallonia one (B), each with a professional and a request, plus staff,
 * partner and admin accounts. Every call makes new ones, so tests never share rows.
 */
public final class MessagingFixture {

	public record World(PortalUser professionalA, PortalUser professionalB, PortalUser staff, PortalUser partner,
			PortalUser admin, String brusselsReference, long brusselsRequestId, String walloniaReference,
			long walloniaRequestId) {
	}

	private MessagingFixture() {
	}

	public static World create(Accounts accounts, Organisations organisations, SupportRequests requests) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		OrganisationView brussels = organisations.register(organisation("Maison médicale " + run, "1000", "Bruxelles"));
		OrganisationView wallonia = organisations.register(organisation("Planning " + run, "5000", "Namur"));
		PortalUser a = accounts.createProfessional("a-" + run + "@example.org", "Alex A " + run, "iel", brussels.id());
		PortalUser b = accounts.createProfessional("b-" + run + "@example.org", "Bo B " + run, null, wallonia.id());
		String password = "a long enough passphrase " + run;
		PortalUser staff = accounts.createWithPassword("staff-" + run + "@example.org", "Sam Staff", Role.STAFF, password);
		PortalUser partner = accounts.createWithPassword("oss-" + run + "@example.org", "Pat OSS", Role.PARTNER, password);
		PortalUser admin = accounts.createWithPassword("admin-" + run + "@example.org", "Ada Admin", Role.ADMIN, password);
		String refA = requests.submit(Actor.of(a), request("Genre et accueil " + run));
		String refB = requests.submit(Actor.of(b), request("Outils jeunes " + run));
		long idA = requests.findByReference(Actor.of(a), refA).orElseThrow().request().id();
		long idB = requests.findByReference(Actor.of(b), refB).orElseThrow().request().id();
		return new World(a, b, staff, partner, admin, refA, idA, refB, idB);
	}

	static NewOrganisation organisation(String name, String postalCode, String municipality) {
		return new NewOrganisation(name, Sector.MAISON_MEDICALE, null, "Rue du Test 1", postalCode, municipality, null,
				null, "Contact", null);
	}

	static SubmitRequest request(String title) {
		return new SubmitRequest(title, "Nous souhaitons revoir notre accueil.", "Personnes migrantes", List.of(),
				Set.of(SupportKind.PROJECT_SUPPORT), "Printemps", PreferredFormat.TEAM, 6, null, "1");
	}

	/** A minimal but well-formed PDF. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** A real 2×2 PNG image. */
	public static byte[] png() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A zip with the given entry names, each holding a little XML. */
	public static byte[] zip(String... names) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				for (String name : names) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The smallest structure of a Word file: what Word and LibreOffice write first. */
	public static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}
}
