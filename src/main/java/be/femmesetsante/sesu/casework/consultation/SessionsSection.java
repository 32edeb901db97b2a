package be.femmesetsante.sesu.casework.consultation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.Audience;

/**
 * The sessions on a request's page. Staff see everything and, while the request is accepted as a
 * consultation or in progress, the form; partners see dates, durations, modes, places and
 * participants, never the notes; the requester sees their sessions' dates, modes and places.
 */
@Component
@Order(20)
class SessionsSection implements RequestPageSection {

	private final Sessions sessions;

	SessionsSection(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public String fragment() {
		return "casework/sessions :: sessions";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM, Audience.PARTNER, Audience.REQUESTER);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		Audience audience = actor.audience();
		boolean open = (request.status() == RequestStatus.IN_PROGRESS || request.status() == RequestStatus.ACCEPTED)
				&& request.workKind() == WorkKind.CONSULTATION;
		// What an audience may not read never reaches its page's model.
		List<Sessions.SessionView> list = sessions.of(actor, request.id()).stream()
			.map(v -> audience.readsInternalText() ? v
					: audience.seesWorkFigures() ? v.withoutNotes() : v.asTheRequesterSeesIt())
			.toList();
		boolean refusedHere = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + SessionController.FORM)
				instanceof BindingResult errors && errors.hasErrors();
		if (request.workKind() != WorkKind.CONSULTATION && list.isEmpty() && !refusedHere) {
			return; // nothing to show nor to log: no empty section on a workshop or a request not accepted yet
		}
		int minutes = list.stream().mapToInt(Sessions.SessionView::durationMinutes).sum();
		// The form only where a session may be logged now: no form that would then be refused.
		// A refused form stays, even where the request's state now forbids it, so the typed text is not lost.
		boolean canWrite = audience.actsOnCases() && (open || refusedHere);
		model.addAttribute("sessionsSection", new Section(request.reference(), list, canWrite,
				audience.readsInternalText(), audience.seesWorkFigures(), open, minutes, SessionMode.values(),
				request.status() == RequestStatus.ACCEPTED, audience.actsOnCases() && !request.status().isEnded()));
		if (canWrite && !model.containsAttribute(SessionController.FORM)) {
			model.addAttribute(SessionController.FORM, SessionForm.empty());
		}
	}

	/**
	 * {@code showFigures}: durations and participants (the team and partners); {@code open}:
	 * sessions may be logged now; {@code startsWork}: the first session moves the request to "in progress";
	 * {@code canCorrect}: the reader may correct the sessions they logged (staff, request not over).
	 */
	record Section(String reference, List<Sessions.SessionView> sessions, boolean canWrite, boolean showNotes,
			boolean showFigures, boolean open, int totalMinutes, SessionMode[] modes, boolean startsWork,
			boolean canCorrect) {
	}
}
