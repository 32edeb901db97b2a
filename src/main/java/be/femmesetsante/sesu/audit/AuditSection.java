package be.femmesetsante.sesu.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;

/**
 * "Who accessed this request", at the bottom of the team's page of a request: the latest changes,
 * and reads grouped by person and day, by whom (their name as it is now) and when. The team only: partners
 * and requesters never see who else read a case.
 */
@Component
@Order(90)
class AuditSection implements RequestPageSection {

	static final int SHOWN = 30;

	private final AuditTrail trail;

	AuditSection(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public String fragment() {
		return "audit/section :: accesses";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		List<AuditTrail.Passage> passages = trail.passagesOfRequest(request.reference(), SHOWN);
		model.addAttribute("auditSection", new Section(passages,
				passages.size() < SHOWN ? passages.size() : trail.countPassagesOfRequest(request.reference())));
	}

	record Section(List<AuditTrail.Passage> entries, long total) {
	}
}
