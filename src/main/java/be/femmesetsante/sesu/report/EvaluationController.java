package be.femmesetsante.sesu.report;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import be.femmesetsante.sesu.shared.NotFoundException;

/**
 * The requester's evaluation, opened by the mailed link alone (the token is the key; no sign-in):
 * answered once, then the page only thanks. An unknown token is a 404.
 */
@Controller
class EvaluationController {

	static final String FORM = "evaluationForm";

	private final Evaluations evaluations;

	EvaluationController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/evaluation/{token}")
	String show(@PathVariable String token, Model model) {
		Evaluations.Invitation invitation = evaluations.invitation(token).orElseThrow(NotFoundException::new);
		model.addAttribute("token", token);
		model.addAttribute("answered", invitation.answered());
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, EvaluationForm.empty());
		}
		return "report/evaluation";
	}

	@PostMapping("/evaluation/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute(FORM) EvaluationForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Evaluations.Invitation invitation = evaluations.invitation(token).orElseThrow(NotFoundException::new);
		if (!invitation.answered()) {
			if (!errors.hasErrors() && form.isEmpty()) {
				errors.reject("evaluation.error.empty");
			}
			if (errors.hasErrors()) {
				response.setStatus(422);
				return show(token, model);
			}
			evaluations.answer(token, form);
		}
		return "redirect:/evaluation/" + token + "?thanks";
	}
}
