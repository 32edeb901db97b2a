package be.femmesetsante.sesu.casework.consultation;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.request.Actor;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * The sessions on a request's page. Staff see the notes and, while the request is accepted as a
 * consultation or in progress, the form; partners see dates, durations, modes and participants,
 * never the notes.
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
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		boolean staff = actor.role() == Role.STAFF;
		boolean open = request.status() == RequestStatus.IN_PROGRESS
				|| request.status() == RequestStatus.ACCEPTED && request.workKind() == WorkKind.CONSULTATION;
		// Partners get dates and kinds only: the notes never reach their page's model.
		List<Sessions.SessionView> list = sessions.of(request.id()).stream()
			.map(v -> staff ? v : new Sessions.SessionView(v.id(), v.date(), v.durationMinutes(), v.mode(), v.participants(), null))
			.toList();
		int minutes = list.stream().mapToInt(Sessions.SessionView::durationMinutes).sum();
		model.addAttribute("sessionsSection", new Section(request.reference(), list,
				staff && !request.status().isEnded(), staff, open, minutes, SessionMode.values(),
				request.status() == RequestStatus.ACCEPTED));
		if (!model.containsAttribute(SessionController.FORM)) {
			model.addAttribute(SessionController.FORM, SessionForm.empty());
		}
	}

	/** {@code open}: sessions may be logged now; {@code startsWork}: the first session will move the request to "in progress". */
	record Section(String reference, List<Sessions.SessionView> sessions, boolean canWrite, boolean showNotes,
			boolean open, int totalMinutes, SessionMode[] modes, boolean startsWork) {
	}
}
