package be.femmesetsante.sesu.casework.followup;

import java.util.Map;

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
import be.femmesetsante.sesu.casework.followup.FollowUpForms.ActionForm;
import be.femmesetsante.sesu.casework.followup.FollowUpForms.ContactForm;
import be.femmesetsante.sesu.casework.followup.FollowUpForms.TimeForm;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Refusal;

/**
 * Contacts, next actions and time: each form posts here; done, back to the request's page; refused,
 * that page answers 422 with the reason beside the form and the typed values in it.
 */
@Controller
class FollowUpController {

	static final String CONTACT_FORM = "contactForm";
	static final String ACTION_FORM = "actionForm";
	static final String TIME_FORM = "timeForm";
	/** The refusals' names for the forms' fields, where they differ. */
	static final Map<String, String> FIELDS = Map.of("contactDate", "date", "timeDate", "date");

	private final FollowUps followUps;

	private final CaseworkRequestPage page;

	FollowUpController(FollowUps followUps, CaseworkRequestPage page) {
		this.followUps = followUps;
		this.page = page;
	}

	@PostMapping("/casework/requests/{reference}/contacts")
	String contact(@PathVariable String reference, @ModelAttribute(CONTACT_FORM) ContactForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			followUps.addContact(Actor.of(me), reference, Forms.date(form.date(), "contactDate"),
					Forms.choice(ContactChannel.class, form.channel(), "channel"),
					Forms.text(form.summary(), "summary", FollowUps.SUMMARY_MAX, false));
			return done(redirect, reference, "casework.contact.flash.added", "contacts");
		}
		catch (Refusal ex) {
			ex.rejectOn(errors, FIELDS);
			return page.refused(Actor.of(me), reference, model, response);
		}
	}

	@PostMapping("/casework/requests/{reference}/next-actions")
	String action(@PathVariable String reference, @ModelAttribute(ACTION_FORM) ActionForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			followUps.addAction(Actor.of(me), reference, Forms.text(form.what(), "what", FollowUps.WHAT_MAX, true),
					Forms.date(form.dueDate(), "dueDate"), Forms.id(form.assignee(), "assignee"));
			return done(redirect, reference, "casework.action.flash.added", "next-actions");
		}
		catch (Refusal ex) {
			ex.rejectOn(errors, FIELDS);
			return page.refused(Actor.of(me), reference, model, response);
		}
	}

	@PostMapping("/casework/requests/{reference}/next-actions/{id}/done")
	String markDone(@PathVariable String reference, @PathVariable long id, @AuthenticationPrincipal PortalUser me,
			RedirectAttributes redirect) {
		followUps.markDone(Actor.of(me), reference, id);
		return done(redirect, reference, "casework.action.flash.done", "next-actions");
	}

	@PostMapping("/casework/requests/{reference}/time")
	String time(@PathVariable String reference, @ModelAttribute(TIME_FORM) TimeForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			followUps.logTime(Actor.of(me), reference, Forms.date(form.date(), "timeDate"),
					Forms.number(form.minutes(), "minutes", 1, 1440),
					Forms.activity(form.activity()));
			return done(redirect, reference, "casework.time.flash.logged", "time");
		}
		catch (Refusal ex) {
			ex.rejectOn(errors, FIELDS);
			return page.refused(Actor.of(me), reference, model, response);
		}
	}

	private static String done(RedirectAttributes redirect, String reference, String flash, String anchor) {
		redirect.addFlashAttribute("flash", flash);
		return CaseworkPages.redirect(reference, anchor);
	}
}
