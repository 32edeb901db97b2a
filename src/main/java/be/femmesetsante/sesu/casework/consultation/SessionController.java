package be.femmesetsante.sesu.casework.consultation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.followup.CaseworkPages;
import be.femmesetsante.sesu.casework.followup.Forms;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Refusal;

/** Logs a session; back to the request's work page, with the typed values and the reason when refused. */
@Controller
class SessionController {

	static final String FORM = "sessionForm";
	static final String ERROR = "sessionError";
	static final String ERROR_FIELD = "sessionErrorField";

	private final Sessions sessions;

	private final MessageSource messages;

	SessionController(Sessions sessions, MessageSource messages) {
		this.sessions = sessions;
		this.messages = messages;
	}

	@PostMapping("/casework/requests/{reference}/sessions")
	String log(@PathVariable String reference, @ModelAttribute SessionForm form, @AuthenticationPrincipal PortalUser me,
			RedirectAttributes redirect) {
		try {
			sessions.log(Actor.of(me), reference, new Sessions.NewSession(Forms.date(form.date(), "sessionDate"),
					Forms.number(form.duration(), "duration", 1, 1440),
					Forms.choice(SessionMode.class, form.mode(), "mode"),
					Forms.number(form.participants(), "participants", 1, 10_000),
					Forms.text(form.place(), "place", Sessions.PLACE_MAX, false),
					Forms.text(form.notes(), "notes", Sessions.NOTES_MAX, false)));
			redirect.addFlashAttribute("flash", "casework.session.flash.logged");
			return CaseworkPages.redirect(reference, "sessions");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute(FORM, form);
			redirect.addFlashAttribute(ERROR, messages.getMessage(ex, LocaleContextHolder.getLocale()));
			if (ex.field() != null) {
				redirect.addFlashAttribute(ERROR_FIELD, ex.field());
			}
			return CaseworkPages.redirect(reference, "session-form");
		}
	}
}
