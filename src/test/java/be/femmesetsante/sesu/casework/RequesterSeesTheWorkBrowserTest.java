package be.femmesetsante.sesu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.casework.consultation.SessionMode;
import be.femmesetsante.sesu.casework.consultation.Sessions;
import be.femmesetsante.sesu.casework.followup.FollowUps;
import be.femmesetsante.sesu.casework.workshop.Workshops;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.support.BrowserTest;

/**
 * The requester's own pages once the team works on their requests, as they see them in a real
 * browser at phone and desktop widths: the lead, the support offered, their session's date, mode
 * and place, the workshop they take part in — and none of the team's internal casework.
 */
class RequesterSeesTheWorkBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	SupportRequests requests;

	@Autowired
	Sessions sessions;

	@Autowired
	FollowUps followUps;

	@Autowired
	Workshops workshops;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void theRequesterSeesTheirLeadSessionAndWorkshopButNotTheTeamsNotes(String lang) {
		FollowUpFixture world = FollowUpFixture.create(accounts, organisations, requests);
		sessions.log(world.staffActor(), world.consultation().reference(), new Sessions.NewSession(
				LocalDate.of(2026, 3, 12), 90, SessionMode.ON_SITE, 6, "Salle du 1er étage, Rue Haute 1",
				"Notes de l’équipe " + world.run()));
		followUps.addAction(world.staffActor(), world.consultation().reference(), "Relancer " + world.run(),
				LocalDate.of(2026, 3, 1), world.staff().accountId());
		long workshop = workshops.create(world.staffActor(), new Workshops.WorkshopDetails("Genre et accueil " + world.run(),
				List.of(LocalDate.of(2026, 5, 12)), "Rue de la Victoire 26, Saint-Gilles", false,
				List.of(world.staff().accountId())));
		workshops.attach(world.staffActor(), workshop, world.workshopBrussels().reference(), 9);
		workshops.attach(world.staffActor(), workshop, world.workshopOther().reference(), 5);

		open("/?lang=" + lang);
		signInAsProfessional(world.professional().email());

		open("/requests/" + world.consultation().reference());
		String consultation = find("main").getText();
		assertThat(consultation).contains(world.staff().displayName(), "Salle du 1er étage, Rue Haute 1")
			.doesNotContain("Notes de l’équipe", "Relancer " + world.run(), "90 min");
		checkPage("requester-consultation-" + lang);

		open("/requests/" + world.workshopBrussels().reference());
		String inWorkshop = find("main").getText();
		assertThat(inWorkshop).contains("Genre et accueil " + world.run(), "Rue de la Victoire 26, Saint-Gilles")
			.doesNotContain(world.organisationC())
			.doesNotContain(world.workshopOther().reference());
		checkPage("requester-workshop-" + lang);
		signOut();
	}
}
