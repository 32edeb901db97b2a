package be.femmesetsante.sesu.casework.workshop;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.followup.Forms;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.Refusal;

/** The workshops list and a workshop's page; staff create, edit, gather requests and count participants. */
@Controller
class WorkshopController {

	/** Model attribute: the edit was refused because the workshop changed meanwhile. */
	static final String CHANGED_MEANWHILE = "workshopChangedMeanwhile";

	private final Workshops workshops;
	private final MessageSource messages;

	WorkshopController(Workshops workshops, MessageSource messages) {
		this.workshops = workshops;
		this.messages = messages;
	}

	@GetMapping("/casework/workshops")
	String list(@AuthenticationPrincipal PortalUser me, Model model) {
		Actor actor = Actor.of(me);
		model.addAttribute("workshops", workshops.list(actor));
		boolean canWrite = actor.audience().actsOnCases();
		model.addAttribute("canWrite", canWrite);
		if (canWrite) {
			model.addAttribute("staff", workshops.facilitatorChoices());
			if (!model.containsAttribute("workshopForm")) {
				model.addAttribute("workshopForm", WorkshopForm.empty(me.accountId()));
			}
		}
		return "casework/workshops";
	}

	@PostMapping("/casework/workshops")
	String create(@ModelAttribute("workshopForm") WorkshopForm form, @AuthenticationPrincipal PortalUser me,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = workshops.create(Actor.of(me), form.toDetails());
			redirect.addFlashAttribute("flash", "casework.workshop.flash.created");
			return "redirect:/casework/workshops/" + id;
		}
		catch (Refusal ex) {
			refused(model, response, ex, "workshopForm", form);
			return list(me, model);
		}
	}

	@GetMapping("/casework/workshops/{id}")
	String show(@PathVariable String id, @AuthenticationPrincipal PortalUser me, Model model) {
		Actor actor = Actor.of(me);
		Workshops.WorkshopView workshop = workshops.find(actor, parse(id)).orElseThrow(NotFoundException::new);
		model.addAttribute("workshop", workshop);
		boolean canWrite = actor.audience().actsOnCases();
		model.addAttribute("canWrite", canWrite);
		if (canWrite) {
			model.addAttribute("staff", workshops.facilitatorChoices());
			if (!model.containsAttribute("workshopForm")) {
				model.addAttribute("workshopForm", WorkshopForm.of(workshop));
			}
			else if (Boolean.TRUE.equals(model.getAttribute(CHANGED_MEANWHILE))) {
				// Refused because someone else saved first: the page now shows their version, and the
				// typed values are kept with that version, so saving again is a decision, not a clash.
				WorkshopForm typed = (WorkshopForm) model.getAttribute("workshopForm");
				model.addAttribute("workshopForm", typed.withVersion(workshop.version()));
			}
		}
		return "casework/workshop";
	}

	@PostMapping("/casework/workshops/{id}")
	String update(@PathVariable String id, @ModelAttribute("workshopForm") WorkshopForm form,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long workshopId = parse(id);
		try {
			workshops.update(Actor.of(me), workshopId, form.version() == null ? -1 : form.version(), form.toDetails());
			redirect.addFlashAttribute("flash", "casework.workshop.flash.updated");
			return "redirect:/casework/workshops/" + workshopId;
		}
		catch (Refusal ex) {
			refused(model, response, ex, "workshopForm", form);
			model.addAttribute(CHANGED_MEANWHILE, Workshops.CHANGED_MEANWHILE.equals(ex.messageKey()));
			return show(id, me, model);
		}
	}

	@PostMapping("/casework/workshops/{id}/requests")
	String attach(@PathVariable String id, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String participants, @AuthenticationPrincipal PortalUser me,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		long workshopId = parse(id);
		try {
			workshops.attach(Actor.of(me), workshopId, reference,
					Forms.number(participants, "participants", 0, 10_000));
			redirect.addFlashAttribute("flash", "casework.workshop.flash.attached");
			return "redirect:/casework/workshops/" + workshopId + "#requests";
		}
		catch (Refusal ex) {
			refused(model, response, ex, "attachForm", new AttachForm(reference, participants));
			return show(id, me, model);
		}
	}

	@PostMapping("/casework/workshops/{id}/requests/{requestId}/detach")
	String detach(@PathVariable String id, @PathVariable String requestId,
			@RequestParam(required = false) String version, @RequestParam(required = false) String back,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long workshopId = parse(id);
		try {
			workshops.detach(Actor.of(me), workshopId, parse(requestId), versionOf(version));
			redirect.addFlashAttribute("flash", "casework.workshop.flash.detached");
			// From a request's page, back to it; from the workshop's page, back there.
			if (back != null && back.matches("SESU-\\d{4}-\\d{4,6}")) {
				return "redirect:/casework/requests/" + back + "#workshop";
			}
			return "redirect:/casework/workshops/" + workshopId + "#requests";
		}
		catch (Refusal ex) {
			// Changed meanwhile by someone else: the page as it is now, with the reason.
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("countError", messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return show(id, me, model);
		}
	}

	/** Cancels a workshop that has not taken place; its requests leave it. */
	@PostMapping("/casework/workshops/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String version,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long workshopId = parse(id);
		try {
			workshops.cancel(Actor.of(me), workshopId, versionOf(version));
			redirect.addFlashAttribute("flash", "casework.workshop.flash.cancelled");
			return "redirect:/casework/workshops/" + workshopId;
		}
		catch (Refusal ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("countError", messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return show(id, me, model);
		}
	}

	private static long versionOf(String version) {
		try {
			return version == null ? -1 : Long.parseLong(version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@PostMapping("/casework/workshops/{id}/requests/{requestId}/participants")
	String count(@PathVariable String id, @PathVariable String requestId, @RequestParam(required = false) String participants,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long workshopId = parse(id);
		try {
			workshops.count(Actor.of(me), workshopId, parse(requestId), Forms.number(participants, "participants", 0, 10_000));
			redirect.addFlashAttribute("flash", "casework.workshop.flash.counted");
			return "redirect:/casework/workshops/" + workshopId + "#requests";
		}
		catch (Refusal ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("countError", messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return show(id, me, model);
		}
	}

	/**
	 * A refused form: the same page answers 422, the reason beside the form (and its field), the
	 * form as typed; nothing was saved.
	 */
	private void refused(Model model, HttpServletResponse response, Refusal ex, String formName, Object form) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute(formName, form);
		model.addAttribute("workshopError", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		if (ex.field() != null) {
			model.addAttribute("workshopErrorField", ex.field());
		}
	}

	/** A malformed id reads like a missing workshop. */
	private static long parse(String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			throw new NotFoundException();
		}
		return Long.parseLong(id);
	}

	record AttachForm(String reference, String participants) implements java.io.Serializable {
	}
}
