package be.femmesetsante.sesu.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.SignedIn;
import be.femmesetsante.sesu.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A professional deletes their account: at once when no request of theirs is active, otherwise
 * when the last one ends; they are told which on the page, and by mail when it is done.
 */
@IntegrationTest
class AccountDeletionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Test
	void withoutAnActiveRequestTheAccountIsDeletedAtOnceAndThePersonToldByMail() throws Exception {
		PortalUser professional = professional("now");
		MockHttpServletResponse unticked = delete(professional, null).getResponse();
		assertThat(unticked.getRedirectedUrl()).isEqualTo("/account#deletion-form");
		assertThat(accounts.findById(professional.accountId()).orElseThrow().enabled()).isTrue();

		var result = delete(professional, "yes");
		MockHttpServletResponse done = result.getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/");
		assertThat(result.getFlashMap().get("flash")).isEqualTo("account.deletion.done");
		PortalUser deleted = accounts.findById(professional.accountId()).orElseThrow();
		assertThat(deleted.email()).doesNotContain(professional.email().substring(0, 8)).endsWith(".invalid");
		assertThat(deleted.displayName()).isEqualTo("—");
		assertThat(deleted.enabled()).isFalse();
		assertThat(deleted.organisationId()).isNull();
		assertThat(accounts.findByEmail(professional.email())).isEmpty();
		assertThat(TestMailbox.subject(TestMailbox.awaitMail(professional.email(), 1))).isEqualTo("Votre compte est supprimé");
	}

	@Test
	void withAnActiveRequestTheDeletionWaitsForItsEndThenHappens() throws Exception {
		PortalUser professional = professional("later");
		String reference = requests.submit(Actor.of(professional), new SubmitRequest("Suppression " + professional.accountId(),
				"Texte", null, List.of(), Set.of(SupportKind.OTHER), null, PreferredFormat.TEAM, 5, null, "1"));
		TestMailbox.awaitMail(professional.email(), 1);

		var asking = delete(professional, "yes");
		assertThat(asking.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(asking.getFlashMap().get("flash")).isEqualTo("account.deletion.scheduled");
		assertThat(accounts.deletionRequested(professional.accountId())).isTrue();
		assertThat(accounts.findById(professional.accountId()).orElseThrow().email()).isEqualTo(professional.email());

		Actor requester = Actor.of(professional);
		SupportRequestView request = requests.findByReference(requester, reference).orElseThrow().request();
		requests.withdraw(requester, request.id(), request.version(), "Plus besoin");

		var mail = TestMailbox.awaitMailAbout(professional.email(), "supprimé");
		assertThat(TestMailbox.body(mail)).contains("Votre dernière demande en cours est terminée");
		assertThat(accounts.findById(professional.accountId()).orElseThrow().enabled()).isFalse();
		assertThat(accounts.findByEmail(professional.email())).isEmpty();
	}

	private org.springframework.test.web.servlet.MvcResult delete(PortalUser professional, String confirm) throws Exception {
		var request = post("/account/delete").with(csrf()).with(SignedIn.signedIn(professional));
		if (confirm != null) {
			request.param("confirm", confirm);
		}
		return mvc.perform(request).andReturn();
	}

	private PortalUser professional(String what) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var organisation = organisations.register(new NewOrganisation("Suppression " + run, Sector.MAISON_MEDICALE,
				null, "Rue Haute 1", "1000", "Bruxelles", null, null, "Contact", null));
		return accounts.createProfessional("delete-" + what + "-" + run + "@example.org", "Dominique " + run, null,
				organisation.id());
	}

}
