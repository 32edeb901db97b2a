package be.femmesetsante.sesu.casework.workshop;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.request.Actor;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/** The workshop a request belongs to, on its page: theme, dates, place, facilitators, its participants. */
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
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		model.addAttribute("workshopSection", new Section(request.workKind() == WorkKind.WORKSHOP,
				workshops.ofRequest(actor, request.id()).orElse(null), actor.role() == Role.STAFF, request.id()));
	}

	/** {@code expected}: accepted as a workshop, so staff are pointed to the workshops when it has none yet. */
	record Section(boolean expected, Workshops.Workshop workshop, boolean staff, long requestId) {

		public Integer participantsOfThisRequest() {
			return workshop == null ? null
					: workshop.participations().stream().filter(p -> p.requestId() == requestId)
						.map(Workshops.Participation::participants).findFirst().orElse(null);
		}
	}
}
