package be.femmesetsante.sesu.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.casework.FollowUpFixture;
import be.femmesetsante.sesu.casework.followup.Activity;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.OrganisationView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.InvalidRequestException;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.PrivacyNotice;
import be.femmesetsante.sesu.request.PrivacyNoticeException;
import be.femmesetsante.sesu.request.PrivacyNotices;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.ReferenceEntry;
import be.femmesetsante.sesu.shared.ReferenceException;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reference lists and the privacy notice's versions, with real accounts, organisations and
 * requests. Entries this class retires are ones it added itself, so other tests sharing the
 * database keep every list they use.
 */
@IntegrationTest
class ReferenceDataTest {

	@Autowired
	List<ReferenceList> lists;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	PrivacyNotices notices;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUps followUps;

	private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	@Test
	void theExistingCodesBecameTheEntriesCodesWithTheirLabelsInBothLanguages() {
		assertThat(list("sectors").entries()).extracting(ReferenceEntry::code)
			.contains("MAISON_MEDICALE", "PLANNING_FAMILIAL", "HOPITAL", "ADMINISTRATION", "OTHER");
		assertThat(list("kinds").entries()).extracting(ReferenceEntry::code)
			.contains("PROJECT_SUPPORT", "TOOL_REVIEW", "TEAM_TRAINING", "EVALUATION", "DOCUMENTATION", "OTHER");
		assertThat(list("activities").entries()).extracting(ReferenceEntry::code)
			.contains("PREPARATION", "SESSION", "TRAVEL", "ADMIN", "OTHER");
		assertThat(list("redirects").find("SENSOA")).get()
			.extracting(ReferenceEntry::labelFr, ReferenceEntry::labelEn)
			.containsExactly("Sensoa – santé sexuelle (Flandre)", "Sensoa – sexual health (Flanders)");
		// The pages' labels come from the tables, in the reader's language.
		assertThat(messages.getMessage(Sector.HOPITAL.messageKey(), null, Locale.forLanguageTag("fr-BE")))
			.isEqualTo("Hôpital");
		assertThat(messages.getMessage(Sector.HOPITAL.messageKey(), null, Locale.ENGLISH)).isEqualTo("Hospital");
		assertThat(messages.getMessage(SupportKind.TOOL_REVIEW.messageKey(), null, Locale.ENGLISH))
			.isEqualTo("Review of tools or communication material");
		// The enum's API holds: a code read back is the constant itself.
		assertThat(Sector.valueOf("OTHER")).isSameAs(Sector.OTHER);
		assertThatThrownBy(() -> SupportKind.valueOf("not a code")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRetiredKindStaysOnItsRequestsWithItsLabelButIsNoLongerOfferedNorAccepted() throws Exception {
		ReferenceList kinds = list("kinds");
		String code = "PEER_GROUP_" + run;
		kinds.add(code, "Groupe de pairs " + run, "Peer group " + run);
		PortalUser professional = professional();
		assertThat(requests.offeredKinds()).contains(SupportKind.valueOf(code));
		String reference = requests.submit(Actor.of(professional), request(SupportKind.valueOf(code)));

		ReferenceEntry added = kinds.find(code).orElseThrow();
		kinds.change(code, added.version(), added.labelFr(), added.labelEn(), added.position(), false);

		assertThat(requests.offeredKinds()).doesNotContain(SupportKind.valueOf(code));
		assertThat(requests.allKinds()).contains(SupportKind.valueOf(code));
		assertThat(requests.findByReference(Actor.of(professional), reference).orElseThrow().request().kinds())
			.containsExactly(SupportKind.valueOf(code));
		assertThat(mvc.perform(get("/requests/" + reference).with(signedIn(professional)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape)).contains("Groupe de pairs " + run);
		assertThat(mvc.perform(get("/requests/new").with(signedIn(professional)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape)).doesNotContain(code).contains("TOOL_REVIEW");
		assertThatThrownBy(() -> requests.submit(Actor.of(professional), request(SupportKind.valueOf(code))))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
				assertThat(ex.field()).isEqualTo("kinds");
				assertThat(ex.messageKey()).isEqualTo("reference.error.notOffered");
			});
	}

	@Test
	void aRetiredSectorStaysWithItsOrganisationsButNoNewOneChoosesIt() throws Exception {
		ReferenceList sectors = list("sectors");
		String code = "CENTRE_" + run;
		sectors.add(code, "Centre " + run, "Centre EN " + run);
		OrganisationView kept = organisations.register(organisation(Sector.valueOf(code)));
		PortalUser member = accounts.createProfessional("ref-m-" + UUID.randomUUID() + "@example.org", "Membre " + run,
				null, kept.id());
		ReferenceEntry entry = sectors.find(code).orElseThrow();
		sectors.change(code, entry.version(), entry.labelFr(), entry.labelEn(), entry.position(), false);

		assertThatThrownBy(() -> organisations.register(organisation(Sector.valueOf(code))))
			.isInstanceOfSatisfying(be.femmesetsante.sesu.organisation.OrganisationException.class,
					ex -> assertThat(ex.field()).isEqualTo("sector"));
		// Its organisation keeps it (and may save other changes), and its profile still offers it.
		OrganisationView renamed = organisations.update(kept.id(), kept.version(),
				new NewOrganisation("Renommée " + run, Sector.valueOf(code), null, "Rue 1", "1000", "Bruxelles", null,
						null, "Contact", null));
		assertThat(renamed.sector()).isEqualTo(Sector.valueOf(code));
		assertThat(mvc.perform(get("/organisation").with(signedIn(member))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("value=\"" + code + "\"");
		assertThat(mvc.perform(get("/organisation").with(signedIn(professional()))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("value=\"" + code + "\"");
	}

	@Test
	void aRetiredActivityIsNoLongerOfferedNorLoggedWhileItsTimeKeepsIt() {
		ReferenceList activities = list("activities");
		String code = "SUPERVISION_" + run;
		activities.add(code, "Supervision " + run, "Supervision EN " + run);
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		String reference = world.consultation().reference();
		followUps.logTime(world.staffActor(), reference, java.time.LocalDate.of(2026, 3, 2), 45, Activity.valueOf(code));
		ReferenceEntry entry = activities.find(code).orElseThrow();
		activities.change(code, entry.version(), entry.labelFr(), entry.labelEn(), entry.position(), false);

		assertThat(followUps.offeredActivities()).doesNotContain(Activity.valueOf(code)).contains(Activity.TRAVEL);
		assertThatThrownBy(() -> followUps.logTime(world.staffActor(), reference, java.time.LocalDate.of(2026, 3, 3), 30,
				Activity.valueOf(code)))
			.isInstanceOfSatisfying(be.femmesetsante.sesu.shared.Refusal.class,
					ex -> assertThat(ex.field()).isEqualTo("activity"));
		assertThat(followUps.timeOf(world.staffActor(), world.consultation().id()))
			.extracting(FollowUps.TimeView::activity).containsExactly(Activity.valueOf(code));
	}

	@Test
	void anotherNodeSeesAnEditOnceItsCopyExpiresAndThisNodeAtOnce() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
		ReferenceList here = new ReferenceList("activities", "activity_entry", "casework.time.activity.", jdbc, clock);
		ReferenceList otherNode = new ReferenceList("activities", "activity_entry", "casework.time.activity.", jdbc, clock);
		String code = "TRAINING_" + run;
		assertThat(otherNode.find(code)).isEmpty();

		here.add(code, "Formation " + run, "Training " + run);

		assertThat(here.isOffered(code)).as("the node that edits forgets its copy").isTrue();
		assertThat(otherNode.find(code)).as("the other node's copy is still fresh").isEmpty();
		clock.advance(ReferenceList.TIME_TO_LIVE.minusSeconds(1));
		assertThat(otherNode.find(code)).isEmpty();
		clock.advance(java.time.Duration.ofSeconds(1));
		assertThat(otherNode.isOffered(code)).as("after the time to live").isTrue();
	}

	@Test
	void anEntryChangedMeanwhileIsNotOverwrittenAndThePageShowsWhatIsSaved() throws Exception {
		ReferenceList redirects = list("redirects");
		String code = "SERVICE_" + run;
		ReferenceEntry added = redirects.add(code, "Service " + run, "Service EN " + run);
		redirects.change(code, added.version(), "Renommé " + run, added.labelEn(), added.position(), true);

		assertThatThrownBy(() -> redirects.change(code, added.version(), "Le mien", "Mine", 5, true))
			.isInstanceOf(ReferenceException.class)
			.extracting(ex -> ((ReferenceException) ex).messageKey())
			.isEqualTo("reference.error.concurrentChange");

		String page = mvc.perform(post("/admin/reference/redirects/" + code).with(signedIn(admin())).with(csrf())
			.param("labelFr", "Mon libellé tapé")
			.param("labelEn", "My typed label")
			.param("position", "5")
			.param("offered", "true")
			.param("version", String.valueOf(added.version())))
			.andExpect(status().is(422))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(page).contains("Mon libellé tapé", "My typed label", "id=\"changed-meanwhile\"", "Renommé " + run);
		assertThat(redirects.find(code)).get().extracting(ReferenceEntry::labelFr).isEqualTo("Renommé " + run);
	}

	@Test
	void theAdminRetiresAnEntryOnItsPageAndRefusedInputComesBackWith422() throws Exception {
		PortalUser admin = admin();
		String code = "youth_" + run;
		mvc.perform(post("/admin/reference/sectors").with(signedIn(admin)).with(csrf())
			.param("code", code).param("labelFr", "Maison de jeunes " + run).param("labelEn", "Youth centre " + run))
			.andExpect(redirectedUrl("/admin/reference/sectors"));
		String stored = code.toUpperCase(Locale.ROOT);
		assertThat(organisations.offeredSectors()).contains(Sector.valueOf(stored));

		// The same code again, and a blank label: the page says why and keeps what was typed.
		String refused = mvc.perform(post("/admin/reference/sectors").with(signedIn(admin)).with(csrf())
			.param("code", stored).param("labelFr", "Encore " + run).param("labelEn", "Again " + run))
			.andExpect(status().is(422))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(refused).contains("Ce code existe déjà", "Encore " + run, "Again " + run);
		String blank = mvc.perform(post("/admin/reference/sectors").with(signedIn(admin)).with(csrf())
			.param("code", "OK_" + run).param("labelFr", " ").param("labelEn", "Typed " + run))
			.andExpect(status().is(422))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(blank).contains("Indiquez un libellé.", "Typed " + run);

		ReferenceEntry entry = list("sectors").find(stored).orElseThrow();
		mvc.perform(post("/admin/reference/sectors/" + stored).with(signedIn(admin)).with(csrf())
			.param("labelFr", entry.labelFr()).param("labelEn", entry.labelEn())
			.param("position", String.valueOf(entry.position())).param("version", String.valueOf(entry.version())))
			.andExpect(redirectedUrl("/admin/reference/sectors"));
		assertThat(organisations.offeredSectors()).doesNotContain(Sector.valueOf(stored));
		assertThat(organisations.allSectors()).contains(Sector.valueOf(stored));
		assertThat(mvc.perform(get("/admin/reference/sectors").with(signedIn(admin)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape)).contains("Maison de jeunes " + run, "Retirée");
	}

	@Test
	void aPublishedNoticeBecomesCurrentWhileRequestsKeepTheVersionTheyWereSentUnder() throws Exception {
		PortalUser professional = professional();
		PrivacyNotice before = notices.current();
		String earlier = requests.submit(Actor.of(professional), request(SupportKind.TOOL_REVIEW, before.version()));

		// Someone else's edit started from an older version: refused, nothing published.
		assertThatThrownBy(() -> notices.publish(admin().accountId(), before.number() - 1, "Texte", "Text"))
			.isInstanceOf(PrivacyNoticeException.class);
		PrivacyNotice published = notices.publish(admin().accountId(), before.number(),
				before.textFr() + "\n\n## Nouveauté " + run + "\n\nUn paragraphe ajouté.",
				before.textEn() + "\n\n## New " + run + "\n\nAn added paragraph.");

		assertThat(published.version()).matches("\\d{4}-\\d{2}-v" + (before.number() + 1));
		assertThat(notices.current()).isEqualTo(published);
		String page = mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(page).contains("Nouveauté " + run, published.version()).doesNotContain("Version 1 de cette notice");
		assertThat(mvc.perform(get("/privacy").param("lang", "en")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape))
			.contains("New " + run, published.version());
		// The first version is still there, as it was written before the notice was versioned.
		String first = mvc.perform(get("/privacy/" + PrivacyNotice.VERSION)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(first).contains("Les demandes que vous nous confiez peuvent toucher à la santé", "id=\"older-version\"")
			.contains("mailto:");

		assertThat(requests.findByReference(Actor.of(professional), earlier).orElseThrow().request()
			.privacyNoticeVersion()).isEqualTo(before.version());
		assertThat(mvc.perform(get("/requests/" + earlier).with(signedIn(professional))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape)).contains("href=\"/privacy/" + before.version() + "\"");

		// A blank text on the admin page: 422, the other text kept as typed.
		String refused = mvc.perform(post("/admin/privacy").with(signedIn(admin())).with(csrf())
			.param("basedOn", String.valueOf(published.number())).param("textFr", "").param("textEn", "Kept " + run))
			.andExpect(status().is(422))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).transform(org.springframework.web.util.HtmlUtils::htmlUnescape);
		assertThat(refused).contains("Kept " + run);
		assertThat(notices.current()).isEqualTo(published);
	}

	/** The admins go when each test is done: the first-run set-up test needs a database without any admin. */
	@AfterEach
	void removeTheAdmin() {
		jdbc.sql("delete from account where email = ?").param(adminEmail()).update();
	}

	private String adminEmail() {
		return "ref-admin-" + run.toLowerCase(Locale.ROOT) + "@example.org";
	}

	private ReferenceList list(String name) {
		return lists.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
	}

	private PortalUser admin() {
		String email = adminEmail();
		return accounts.findByEmail(email)
			.orElseGet(() -> accounts.createWithPassword(email, "Admin " + run, Role.ADMIN, "a long enough passphrase " + run));
	}

	private PortalUser professional() {
		String unique = UUID.randomUUID().toString();
		OrganisationView organisation = organisations.register(new NewOrganisation("Organisation " + unique,
				Sector.SANTE_MENTALE, null, "Rue 1", "1000", "Bruxelles", null, null, "Contact", null));
		return accounts.createProfessional("ref-" + unique + "@example.org", "Dominique " + run, null, organisation.id());
	}

	private static NewOrganisation organisation(Sector sector) {
		return new NewOrganisation("Organisation " + UUID.randomUUID(), sector, null, "Rue 1", "1000", "Bruxelles", null,
				null, "Contact", null);
	}

	private static SubmitRequest request(SupportKind kind) {
		return request(kind, PrivacyNotice.VERSION);
	}

	private static SubmitRequest request(SupportKind kind, String version) {
		return new SubmitRequest("Titre", "Une description.", null, List.of(), Set.of(kind), null,
				PreferredFormat.NO_PREFERENCE, null, null, version);
	}

	/** A clock the test moves, as time passes between two nodes' reads. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(java.time.Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
