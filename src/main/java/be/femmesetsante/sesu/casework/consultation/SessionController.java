package be.femmesetsante.sesu.casework.consultation;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestParam;
import be.femmesetsante.sesu.casework.followup.EditRefusal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.CaseworkRequestPage;
import be.femmesetsante.sesu.casework.followup.CaseworkPages;
import be.femmesetsante.sesu.casework.followup.Forms;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Refusal;

/** Logs a session; refused, the request's page answers 422 with the reason and the typed values. */
@Controller
class SessionController {

	static final String FORM = "sessionForm";

	/** The refusals' names for the form's fields, where they differ. */
	static final Map<String, String> FIELDS = Map.of("sessionDate", "date");

	private final Sessions sessions;

	private final CaseworkRequestPage page;

	private final MessageSource messages;

	SessionController(Sessions sessions, CaseworkRequestPage page, MessageSource messages) {
		this.sessions = sessions;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping("/casework/requests/{reference}/sessions/{id}")
	String correct(@PathVariable String reference, @PathVariable long id, @RequestParam Map<String, String> typed,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(me);
		try {
			sessions.correct(actor, reference, id, version(typed), new Sessions.NewSession(
					Forms.date(typed.get("date"), "sessionDate"),
					Forms.number(typed.get("duration"), "duration", 1, 1440),
					Forms.choice(SessionMode.class, typed.get("mode"), "mode"),
					Forms.number(typed.get("participants"), "participants", 1, 10_000),
					Forms.text(typed.get("place"), "place", Sessions.PLACE_MAX, false),
					Forms.text(typed.get("notes"), "notes", Sessions.NOTES_MAX, false)));
			redirect.addFlashAttribute("flash", "casework.correction.flash.edited");
			return CaseworkPages.redirect(reference, "sessions");
		}
		catch (Refusal ex) {
			EditRefusal.put(model, messages, "session", id, ex, typed);
			return page.refused(actor, reference, model, response);
		}
	}

	@PostMapping("/casework/requests/{reference}/sessions/{id}/delete")
	String delete(@PathVariable String reference, @PathVariable long id, @RequestParam Map<String, String> typed,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(me);
		try {
			sessions.delete(actor, reference, id, version(typed));
			redirect.addFlashAttribute("flash", "casework.correction.flash.deleted");
			return CaseworkPages.redirect(reference, "sessions");
		}
		catch (Refusal ex) {
			EditRefusal.put(model, messages, "session", id, ex, typed);
			return page.refused(actor, reference, model, response);
		}
	}

	private static long version(Map<String, String> typed) {
		try {
			return Long.parseLong(typed.getOrDefault("version", "-1").strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@PostMapping("/casework/requests/{reference}/sessions")
	String log(@PathVariable String reference, @ModelAttribute(FORM) SessionForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(me);
		try {
			sessions.log(actor, reference, new Sessions.NewSession(Forms.date(form.date(), "sessionDate"),
					Forms.number(form.duration(), "duration", 1, 1440),
					Forms.choice(SessionMode.class, form.mode(), "mode"),
					Forms.number(form.participants(), "participants", 1, 10_000),
					Forms.text(form.place(), "place", Sessions.PLACE_MAX, false),
					Forms.text(form.notes(), "notes", Sessions.NOTES_MAX, false)));
			redirect.addFlashAttribute("flash", "casework.session.flash.logged");
			return CaseworkPages.redirect(reference, "sessions");
		}
		catch (Refusal ex) {
			ex.rejectOn(errors, FIELDS);
			return page.refused(actor, reference, model, response);
		}
	}
}
