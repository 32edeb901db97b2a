package be.femmesetsante.sesu.casework.followup;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.casework.followup.FollowUpForms.ActionForm;
import be.femmesetsante.sesu.casework.followup.FollowUpForms.ContactForm;
import be.femmesetsante.sesu.casework.followup.FollowUpForms.TimeForm;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Refusal;

/** Contacts, next actions and time: each form posts here and comes back to the request's work page. */
@Controller
class FollowUpController {

	static final String CONTACT_FORM = "contactForm";
	static final String ACTION_FORM = "actionForm";
	static final String TIME_FORM = "timeForm";
	/** Which form was refused ("contact", "action", "time"), the message, and the field at fault. */
	static final String ERROR_FORM = "followUpErrorForm";
	static final String ERROR = "followUpError";
	static final String ERROR_FIELD = "followUpErrorField";

	private final FollowUps followUps;

	private final MessageSource messages;

	FollowUpController(FollowUps followUps, MessageSource messages) {
		this.followUps = followUps;
		this.messages = messages;
	}

	@PostMapping("/casework/requests/{reference}/contacts")
	String contact(@PathVariable String reference, @ModelAttribute ContactForm form,
			@AuthenticationPrincipal PortalUser me, RedirectAttributes redirect) {
		try {
			followUps.addContact(Actor.of(me), reference, Forms.date(form.date(), "contactDate"),
					Forms.choice(ContactChannel.class, form.channel(), "channel"),
					Forms.text(form.summary(), "summary", FollowUps.SUMMARY_MAX, false));
			return done(redirect, reference, "casework.contact.flash.added", "contacts");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute(CONTACT_FORM, form);
			return refused(redirect, reference, ex, "contact");
		}
	}

	@PostMapping("/casework/requests/{reference}/next-actions")
	String action(@PathVariable String reference, @ModelAttribute ActionForm form,
			@AuthenticationPrincipal PortalUser me, RedirectAttributes redirect) {
		try {
			followUps.addAction(Actor.of(me), reference, Forms.text(form.what(), "what", FollowUps.WHAT_MAX, true),
					Forms.date(form.dueDate(), "dueDate"), Forms.id(form.assignee(), "assignee"));
			return done(redirect, reference, "casework.action.flash.added", "next-actions");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute(ACTION_FORM, form);
			return refused(redirect, reference, ex, "action");
		}
	}

	@PostMapping("/casework/requests/{reference}/next-actions/{id}/done")
	String markDone(@PathVariable String reference, @PathVariable long id, @AuthenticationPrincipal PortalUser me,
			RedirectAttributes redirect) {
		followUps.markDone(Actor.of(me), reference, id);
		return done(redirect, reference, "casework.action.flash.done", "next-actions");
	}

	@PostMapping("/casework/requests/{reference}/time")
	String time(@PathVariable String reference, @ModelAttribute TimeForm form, @AuthenticationPrincipal PortalUser me,
			RedirectAttributes redirect) {
		try {
			followUps.logTime(Actor.of(me), reference, Forms.date(form.date(), "timeDate"),
					Forms.number(form.minutes(), "minutes", 1, 1440),
					Forms.choice(Activity.class, form.activity(), "activity"));
			return done(redirect, reference, "casework.time.flash.logged", "time");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute(TIME_FORM, form);
			return refused(redirect, reference, ex, "time");
		}
	}

	private static String done(RedirectAttributes redirect, String reference, String flash, String anchor) {
		redirect.addFlashAttribute("flash", flash);
		return CaseworkPages.redirect(reference, anchor);
	}

	private String refused(RedirectAttributes redirect, String reference, Refusal ex, String which) {
		redirect.addFlashAttribute(ERROR_FORM, which);
		redirect.addFlashAttribute(ERROR, messages.getMessage(ex, LocaleContextHolder.getLocale()));
		if (ex.field() != null) {
			redirect.addFlashAttribute(ERROR_FIELD, ex.field());
		}
		return CaseworkPages.redirect(reference, which + "-form");
	}
}
