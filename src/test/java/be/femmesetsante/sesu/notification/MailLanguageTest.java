package be.femmesetsante.sesu.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
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
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every mail to a person is written in the language of their account, chosen on "Mon compte",
 * whatever the caller passed: the mailer decides it in one place. The team's shared mailboxes
 * stay French.
 */
@IntegrationTest
class MailLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Test
	void aProfessionalWhoChoosesEnglishOnMonCompteGetsTheNextMailInEnglishStatusNameIncluded() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var organisation = organisations.register(new NewOrganisation("Langue " + run, Sector.MAISON_MEDICALE, null,
				"Rue Haute 1", "1000", "Bruxelles", null, null, "Contact", null));
		PortalUser professional = accounts.createProfessional("lang-" + run + "@example.org", "Lina", null,
				organisation.id());
		PortalUser staff = accounts.createWithPassword("lang-staff-" + run + "@example.org", "Sacha", Role.STAFF,
				"a long enough passphrase for tests");
		String reference = requests.submit(Actor.of(professional), new SubmitRequest("Langue " + run, "Texte", null,
				List.of(), Set.of(SupportKind.OTHER), null, PreferredFormat.TEAM, 5, null, "1"));
		Message received = TestMailbox.awaitMail(professional.email(), 1);
		assertThat(TestMailbox.subject(received)).as("French by default").contains("est bien arrivée");

		var saved = mvc.perform(post("/account").with(csrf()).with(SignedIn.signedIn(professional))
			.param("displayName", "Lina Martin")
			.param("pronouns", "elle")
			.param("language", "ENGLISH")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/account");

		Actor team = Actor.of(staff);
		SupportRequestView request = requests.findByReference(team, reference).orElseThrow().request();
		requests.assignLead(team, request.id(), request.version(), staff.accountId());
		Message moved = TestMailbox.awaitMail(professional.email(), 2);
		assertThat(TestMailbox.subject(moved)).isEqualTo("Your request " + reference + " has moved on");
		assertThat(TestMailbox.body(moved)).startsWith("Hello,").doesNotContain("Bonjour");
		assertThat(accounts.findProfile(professional.accountId()).orElseThrow().displayName()).isEqualTo("Lina Martin");
	}

}
