package be.femmesetsante.sesu.report;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;

/**
 * The requester's evaluation on the request's page, for staff only (the free comment is the team's
 * to read; partners see the evaluations only counted, suppressed, in reports).
 */
@Component
@Order(90)
class EvaluationSection implements RequestPageSection {

	private final Evaluations evaluations;

	EvaluationSection(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public String fragment() {
		return "report/evaluation-section :: evaluation";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		evaluations.ofRequest(request.id()).ifPresent(answer -> model.addAttribute("requestEvaluation", answer));
	}
}
