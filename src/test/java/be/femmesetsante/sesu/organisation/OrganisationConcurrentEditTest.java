package be.femmesetsante.sesu.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.support.IntegrationTest;

import static be.femmesetsante.sesu.support.SignedIn.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two professionals of one organisation edit its profile at once (real accounts, real database,
 * the real filter chain): the second save is refused on the same page with 409, their text kept
 * and the colleague's saved profile shown, never a silent overwrite.
 */
@IntegrationTest
class OrganisationConcurrentEditTest {

	static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactions;

	OrganisationView marolles;

	PortalUser camille;

	PortalUser sam;

	@BeforeEach
	void oneOrganisationWithTwoProfessionals() {
		marolles = organisations.register(new NewOrganisation("Maison médicale des Marolles " + UUID.randomUUID(),
				Sector.MAISON_MEDICALE, null, "Rue Haute 100", "1000", "Bruxelles", null, null, "Camille Leroy", null));
		camille = accounts.createProfessional("camille-" + UUID.randomUUID() + "@example.org", "Camille Leroy", null,
				marolles.id());
		sam = accounts.createProfessional("sam-" + UUID.randomUUID() + "@example.org", "Sam Peeters", "iel",
				marolles.id());
	}

	@Test
	void theSecondOfTwoColleaguesEditingAtOnceIsToldKeepsTheirTextAndSeesWhatTheFirstSaved() throws Exception {
		Map<String, String> camillesPage = formOf(profile(camille));
		Map<String, String> samsPage = formOf(profile(sam));
		assertThat(camillesPage.get("version")).isEqualTo(samsPage.get("version")).isEqualTo("0");

		camillesPage.put("website", "www.marolles.be");
		camillesPage.put("contactName", "Camille Dupont");
		mvc.perform(save(camille, camillesPage))
			.andExpect(redirectedUrl("/organisation"))
			.andExpect(flash().attribute("flash", "organisation.saved"));

		// Sam still has the page as it was before Camille saved.
		samsPage.put("name", "Maison médicale des Marolles asbl");
		samsPage.put("contactPronouns", "iel");
		String refused = mvc.perform(save(sam, samsPage))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();

		Document page = Jsoup.parse(refused);
		// Jsoup reads the non-breaking space before the colon as a space.
		assertThat(page.title()).startsWith(messages.getMessage("form.titlePrefix", null, FRENCH).replace('\u00a0', ' '));
		assertThat(page.select("#error-summary").text())
			.contains(messages.getMessage("organisation.error.concurrentChange", null, FRENCH).replace('\u00a0', ' '));
		// Everything Sam typed is still in the form.
		assertThat(page.selectFirst("#name").val()).isEqualTo("Maison médicale des Marolles asbl");
		assertThat(page.selectFirst("#contactPronouns").val()).isEqualTo("iel");
		assertThat(page.selectFirst("#street").val()).isEqualTo("Rue Haute 100");
		// What Camille saved is on the page, and the lines that differ from Sam's form are marked.
		String differs = messages.getMessage("organisation.changedMeanwhile.differs", null, FRENCH);
		assertThat(savedLine(page, "website")).contains("www.marolles.be").contains(differs);
		assertThat(savedLine(page, "contactName")).contains("Camille Dupont").contains(differs);
		assertThat(savedLine(page, "name")).contains(marolles.name()).contains(differs);
		assertThat(savedLine(page, "street")).contains("Rue Haute 100").doesNotContain(differs);
		assertThat(page.select("#changed-meanwhile a[href='/organisation']")).hasSize(1);
		// Nothing of Sam's was saved: Camille's save stands whole.
		OrganisationView stored = organisations.findById(marolles.id()).orElseThrow();
		assertThat(stored.name()).isEqualTo(marolles.name());
		assertThat(stored.website()).isEqualTo("www.marolles.be");
		assertThat(stored.contactName()).isEqualTo("Camille Dupont");
		assertThat(stored.contactPronouns()).isNull();

		// Having compared, Sam takes over Camille's lines and saves: now a decision, so it is accepted.
		Map<String, String> samsSecondTry = formOf(page);
		assertThat(samsSecondTry.get("version")).isEqualTo(String.valueOf(stored.version()));
		samsSecondTry.put("website", "www.marolles.be");
		samsSecondTry.put("contactName", "Camille Dupont");
		mvc.perform(save(sam, samsSecondTry)).andExpect(redirectedUrl("/organisation"));
		OrganisationView merged = organisations.findById(marolles.id()).orElseThrow();
		assertThat(merged.name()).isEqualTo("Maison médicale des Marolles asbl");
		assertThat(merged.contactPronouns()).isEqualTo("iel");
		assertThat(merged.website()).isEqualTo("www.marolles.be");
		assertThat(merged.contactName()).isEqualTo("Camille Dupont");
		assertThat(merged.version()).isGreaterThan(stored.version());
	}

	@Test
	void aSaveThatDoesNotSayWhichVersionItEditsIsNotTakenForTheLatest() throws Exception {
		Map<String, String> form = formOf(profile(camille));
		form.remove("version");
		form.put("name", "Renamed without a version");
		mvc.perform(save(camille, form)).andExpect(status().isConflict());
		assertThat(organisations.findById(marolles.id()).orElseThrow().name()).isEqualTo(marolles.name());
	}

	@Test
	void aMembersEditRefusedByTheDomainComesBackWith422AndChangesNothing() throws Exception {
		Map<String, String> form = formOf(profile(camille));
		form.put("postalCode", "9000");
		form.put("municipality", "Gent");
		String page = mvc.perform(save(camille, form))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		Document refused = Jsoup.parse(page);
		assertThat(refused.select("#postalCode-error").text())
			.contains(messages.getMessage("organisation.error.postalCode.outsideArea", null, FRENCH));
		assertThat(refused.select("#outside-area")).hasSize(1);
		assertThat(refused.selectFirst("#municipality").val()).isEqualTo("Gent");
		assertThat(refused.selectFirst("input[name=version]").val()).isEqualTo("0");
		OrganisationView stored = organisations.findById(marolles.id()).orElseThrow();
		assertThat(stored.postalCode()).isEqualTo("1000");
		assertThat(stored.version()).isZero();
	}

	@Test
	void anEditOfAnOlderVersionIsRefusedByTheDomainWhoeverCallsIt() {
		NewOrganisation renamed = new NewOrganisation("Renamed", Sector.MAISON_MEDICALE, null, "Rue Haute 100", "1000",
				"Bruxelles", null, null, "Camille Leroy", null);
		assertThat(organisations.update(marolles.id(), 0L, renamed).version()).isEqualTo(1);
		assertThatThrownBy(() -> organisations.update(marolles.id(), 0L, renamed))
			.isInstanceOfSatisfying(OrganisationException.class,
					ex -> assertThat(ex.reason()).isEqualTo(OrganisationException.Reason.CONCURRENT_CHANGE));
	}

	/**
	 * The version check on reading cannot see a save committed after the read: the version column
	 * in the UPDATE does. Here the organisation is read first, a colleague's save commits in its own
	 * transaction, then our edit of what we read is written: refused the same way.
	 */
	@Test
	void aColleaguesSaveCommittedBetweenOurReadAndOurWriteIsRefusedToo() {
		NewOrganisation ours = new NewOrganisation("Ours", Sector.MAISON_MEDICALE, null, "Rue Haute 100", "1000",
				"Bruxelles", null, null, "Camille Leroy", null);
		NewOrganisation theirs = new NewOrganisation("Theirs", Sector.MAISON_MEDICALE, null, "Rue Haute 100", "1000",
				"Bruxelles", null, null, "Sam Peeters", null);
		TransactionTemplate ourTransaction = new TransactionTemplate(transactions);
		TransactionTemplate theirTransaction = new TransactionTemplate(transactions);
		theirTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		ourTransaction.executeWithoutResult(status -> {
			// Our read: the organisation at version 0 is now in this transaction's persistence context.
			assertThat(organisations.findById(marolles.id()).orElseThrow().version()).isZero();
			theirTransaction.executeWithoutResult(t -> organisations.update(marolles.id(), 0L, theirs));
			assertThatThrownBy(() -> organisations.update(marolles.id(), 0L, ours))
				.isInstanceOfSatisfying(OrganisationException.class,
						ex -> assertThat(ex.reason()).isEqualTo(OrganisationException.Reason.CONCURRENT_CHANGE));
			status.setRollbackOnly();
		});
		assertThat(organisations.findById(marolles.id()).orElseThrow().name()).isEqualTo("Theirs");
	}

	private Document profile(PortalUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get("/organisation").with(signedIn(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	/** What the browser would send back: every field of the page's profile form, as shown. */
	private static Map<String, String> formOf(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Element form = page.selectFirst("form[action='/organisation']");
		for (Element field : form.select("input[name], select[name]")) {
			if (field.tagName().equals("select")) {
				Element selected = field.selectFirst("option[selected]");
				fields.put(field.attr("name"), selected == null ? "" : selected.val());
			}
			else if (!field.attr("name").equals("_csrf")) {
				fields.put(field.attr("name"), field.val());
			}
		}
		return fields;
	}

	private MockHttpServletRequestBuilder save(PortalUser user, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/organisation").with(signedIn(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/** The saved value shown for a field after a concurrent change, with its "differs" mark if any. */
	private static String savedLine(Document page, String field) {
		Element term = page.selectFirst("#changed-meanwhile #saved-" + field);
		assertThat(term).as("the saved line for " + field).isNotNull();
		return term.nextElementSibling().text();
	}

}
