package be.femmesetsante.sesu.notification;

import java.util.List;
import java.util.Set;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.messaging.Conversations;
import be.femmesetsante.sesu.organisation.NewOrganisation;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.organisation.Sector;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.PreferredFormat;
import be.femmesetsante.sesu.request.RequestDetails;
import be.femmesetsante.sesu.request.SubmitRequest;
import be.femmesetsante.sesu.request.SupportKind;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.IntegrationTest;
import be.femmesetsante.sesu.support.TestMailbox;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails about a request go out after commit, to the right people, and never carry its content. */
@IntegrationTest
class RequestMailTest {

	static final String TEAM = "sesu@femmesetsante.be";

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@org.springframework.beans.factory.annotation.Value("${sesu.base-url}")
	String baseUrl;

	@Autowired
	Conversations conversations;

	@Test
	void submittingAcknowledgesTheRequesterAndAlertsTheTeamWithoutTheContent() {
		PortalUser requester = professional("mails.demande@mm-exemple.be", "Maison médicale Mails");
		String reference = requests.submit(Actor.of(requester), request("Affiches très confidentielles"));

		Message acknowledgement = TestMailbox.awaitMailAbout(requester.email(), "est bien arrivée");
		assertThat(TestMailbox.subject(acknowledgement)).contains(reference);
		assertThat(TestMailbox.body(acknowledgement)).contains(baseUrl + "/requests/" + reference)
			.doesNotContain("/casework/")
			.doesNotContain("confidentielles")
			.doesNotContain("secret du projet");

		Message alert = TestMailbox.awaitMailAbout(TEAM, "Nouvelle demande " + reference);
		// The team's link opens the team's casework page, not the requester's page (which staff are refused).
		assertThat(TestMailbox.body(alert)).contains(baseUrl + "/casework/requests/" + reference)
			.doesNotContain("confidentielles");
	}

	@Test
	void aStaffMoveTellsTheRequesterAndAWithdrawalTellsTheTeam() {
		PortalUser requester = professional("mails.suivi@mm-exemple.be", "Maison médicale Suivi");
		PortalUser staff = accounts.createWithPassword("mails.equipe@femmesetsante-test.be", "Camille", Role.STAFF,
				"un mot de passe assez long");
		String reference = requests.submit(Actor.of(requester), request("Relecture"));
		RequestDetails details = requests.findByReference(Actor.of(staff), reference).orElseThrow();
		var reviewed = requests.assignLead(Actor.of(staff), details.request().id(), details.request().version(),
				staff.accountId());

		Message moved = TestMailbox.awaitMailAbout(requester.email(), reference + " a avancé");
		assertThat(TestMailbox.body(moved)).contains("En cours d’analyse").contains(reference);

		requests.withdraw(Actor.of(requester), reviewed.id(), reviewed.version(), "Plus nécessaire : secret du projet");
		Message withdrawn = TestMailbox.awaitMailAbout(TEAM, "Demande " + reference + " retirée");
		assertThat(TestMailbox.body(withdrawn)).contains(baseUrl + "/casework/requests/" + reference)
			.doesNotContain("secret du projet");
		assertThat(TestMailbox.mailsTo(requester.email())).as("no mail to the requester for their own move").hasSize(2);
	}

	@Test
	void aNewMessageTellsTheOtherSideThatThereIsSomethingToReadAndNothingMore() {
		PortalUser requester = professional("mails.message@mm-exemple.be", "Maison médicale Messages");
		PortalUser staff = accounts.createWithPassword("mails.message.equipe@femmesetsante-test.be", "Yasmine",
				Role.STAFF, "un mot de passe assez long");
		String reference = requests.submit(Actor.of(requester), request("Atelier"));

		conversations.post(Actor.of(staff), reference, "Une question intime sur votre public");
		Message toRequester = TestMailbox.awaitMailAbout(requester.email(), "Du nouveau sur votre demande " + reference);
		assertThat(TestMailbox.body(toRequester)).contains(baseUrl + "/requests/" + reference).doesNotContain("intime");

		conversations.post(Actor.of(requester), reference, "Notre réponse confidentielle");
		Message toTeam = TestMailbox.awaitMailAbout(TEAM, "Du nouveau sur la demande " + reference);
		assertThat(TestMailbox.body(toTeam)).contains(baseUrl + "/casework/requests/" + reference)
			.doesNotContain("confidentielle");
	}

	private PortalUser professional(String email, String organisationName) {
		var organisation = organisations.register(new NewOrganisation(organisationName, Sector.MAISON_MEDICALE, null,
				"Rue Royale 1", "1000", "Bruxelles", null, null, "Awa Diallo", "elle"));
		PortalUser user = accounts.createProfessional(email, "Awa Diallo", "elle", organisation.id());
		return user;
	}

	private static SubmitRequest request(String title) {
		return new SubmitRequest(title, "Le secret du projet : une description qui ne sort pas du portail.",
				"Jeunes du quartier", List.of("YOUNG_PEOPLE"), Set.of(SupportKind.TOOL_REVIEW), "Printemps 2027",
				PreferredFormat.TEAM, 6, null, "2026-11-v1");
	}

}
