package be.femmesetsante.sesu.casework.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.PortalUser;
import java.util.EnumSet;
import java.util.Set;

import be.femmesetsante.sesu.shared.Audience;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;

/**
 * Follow-ups on a request's page: the team's own record, never shown to the requester. Staff see
 * everything and the forms (until the request is over);
 * partners see only dates and kinds: a contact's date and channel, an action's due date and
 * whether it is done, time's date, minutes and activity — never a summary or what an action says,
 * which may carry details about the organisation's people.
 */
@Component
@Order(40)
class FollowUpsSection implements RequestPageSection {


	private final FollowUps followUps;

	private final Clock clock;

	FollowUpsSection(FollowUps followUps, ObjectProvider<Clock> clock) {
		this.followUps = followUps;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public String fragment() {
		return "casework/followups :: followups";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM, Audience.PARTNER);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		boolean staff = actor.audience().readsInternalText();
		List<FollowUps.TimeView> time = followUps.timeOf(actor, request.id());
		List<PortalUser> assignees = staff ? followUps.assignees() : List.of();
		// Partners get dates and kinds only: summaries and what actions say never reach their page's model.
		List<FollowUps.ContactView> contacts = followUps.contactsOf(actor, request.id()).stream()
			.map(c -> staff ? c : new FollowUps.ContactView(c.id(), 0, c.date(), c.channel(), null, false))
			.toList();
		List<FollowUps.ActionView> actions = followUps.actionsOf(actor, request.id()).stream()
			.map(a -> staff ? a : new FollowUps.ActionView(a.id(), 0, null, a.dueDate(), a.assigneeAccountId(), null,
					a.done(), a.endedWithRequest(), false))
			.toList();
		model.addAttribute("followUpsSection", new Section(request.reference(), contacts, actions, time, time.stream().mapToInt(FollowUps.TimeView::minutes).sum(),
				actor.audience().actsOnCases() && !request.status().isEnded(), staff, ContactChannel.values(), followUps.offeredActivities(), assignees,
				Brussels.today(clock), actor.accountId()));
		addIfMissing(model, FollowUpController.CONTACT_FORM, FollowUpForms.ContactForm.empty());
		addIfMissing(model, FollowUpController.ACTION_FORM, FollowUpForms.ActionForm.empty());
		addIfMissing(model, FollowUpController.TIME_FORM, FollowUpForms.TimeForm.empty());
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** {@code showText}: summaries and what actions say (staff only). */
	record Section(String reference, List<FollowUps.ContactView> contacts, List<FollowUps.ActionView> actions,
			List<FollowUps.TimeView> time, int totalMinutes, boolean canWrite, boolean showText,
			ContactChannel[] channels, List<Activity> activities, List<PortalUser> assignees, LocalDate today,
			long me) {

		/** The open action due first, for the page's summary; null when none. */
		public FollowUps.ActionView nextDue() {
			return actions.stream().filter(a -> !a.done()).findFirst().orElse(null);
		}

		public boolean overdue(FollowUps.ActionView action) {
			return !action.done() && action.dueDate().isBefore(today);
		}
	}
}
