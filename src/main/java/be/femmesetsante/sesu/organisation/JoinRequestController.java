package be.femmesetsante.sesu.organisation;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;

/** The team's page of professionals' asks to join an organisation: confirm or refuse each. */
@Controller
@RequestMapping("/join-requests")
class JoinRequestController {

	private final OrganisationAdministration administration;

	JoinRequestController(OrganisationAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("joinRequests", administration.pendingJoinRequests());
		return "organisation/join-requests";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@AuthenticationPrincipal PortalUser me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return decide(me, id, true, model, response, redirect);
	}

	@PostMapping("/{id}/refuse")
	String refuse(@AuthenticationPrincipal PortalUser me, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return decide(me, id, false, model, response, redirect);
	}

	private String decide(PortalUser me, long id, boolean confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			administration.decide(me, id, confirm);
		}
		catch (JoinRequestRefusal refusal) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refusal);
			return list(model);
		}
		redirect.addFlashAttribute("flash", confirm ? "organisation.joinRequests.confirmed" : "organisation.joinRequests.refused");
		return "redirect:/join-requests";
	}

}
