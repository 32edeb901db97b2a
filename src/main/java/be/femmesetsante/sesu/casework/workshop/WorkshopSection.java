package be.femmesetsante.sesu.casework.workshop;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;

/**
 * The workshop a request belongs to, on its page: theme, dates, place, facilitators and its
 * participants. The requester sees their own participation only, never the other organisations
 * (the workshop's query is scoped to their organisation).
 */
@Component
@Order(30)
class WorkshopSection implements RequestPageSection {

	private final Workshops workshops;

	WorkshopSection(Workshops workshops) {
		this.workshops = workshops;
	}

	@Override
	public String fragment() {
		return "casework/workshop :: section";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM, Audience.PARTNER, Audience.REQUESTER);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		Audience audience = actor.audience();
		Workshops.WorkshopView workshop = workshops.ofRequest(actor, request.id()).orElse(null);
		if (workshop == null && request.workKind() != WorkKind.WORKSHOP) {
			return; // no empty "workshop" section on a consultation or a request not accepted yet
		}
		model.addAttribute("workshopSection", new Section(request.workKind() == WorkKind.WORKSHOP, workshop,
				audience.actsOnCases(), audience.seesOtherOrganisations(), request.id(), request.reference(),
				!request.status().isEnded()));
	}

	/**
	 * {@code expected}: accepted as a workshop, so staff are pointed to the workshops when it has
	 * none yet; {@code seesWorkshopPage}: may follow the link to the workshop's own page.
	 */
	record Section(boolean expected, Workshops.WorkshopView workshop, boolean staff, boolean seesWorkshopPage,
			long requestId, String reference, boolean correctable) {

		public Integer participantsOfThisRequest() {
			return workshop == null ? null
					: workshop.participations().stream().filter(p -> p.requestId() == requestId)
						.map(Workshops.ParticipationRow::participants).findFirst().orElse(null);
		}
	}
}
