package be.femmesetsante.sesu.organisation;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;

/** Admins merge an organisation registered twice into the one kept. */
@Controller
@RequestMapping("/admin/organisations/merge")
class OrganisationMergeController {

	private final OrganisationAdministration administration;

	OrganisationMergeController(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("mergeForm", new MergeForm(null, null));
		return page(model);
	}

	@PostMapping
	String merge(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute MergeForm mergeForm,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				administration.merge(admin, mergeForm.keptId(), mergeForm.mergedId());
				redirect.addFlashAttribute("flash", "organisation.merge.done");
				return "redirect:/admin/organisations/merge";
			}
			catch (JoinRequestRefusal refusal) {
				refusal.rejectOn(errors, Map.of());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("choices", administration.mergeChoices());
		return "organisation/merge";
	}

	/** The organisation kept and the one merged into it. */
	record MergeForm(@NotNull(message = "{organisation.merge.kept.required}") Long keptId,
			@NotNull(message = "{organisation.merge.merged.required}") Long mergedId) {
	}

}
