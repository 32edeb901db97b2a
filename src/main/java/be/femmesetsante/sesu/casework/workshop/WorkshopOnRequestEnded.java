package be.femmesetsante.sesu.casework.workshop;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.RequestStatusChanged;

/**
 * A request withdrawn, declined or redirected leaves its workshop: its participants were never
 * there, so the workshop stops counting them. A closed request stays: its work was done. Runs after
 * the request's change is committed, through the event publication registry (retried if it fails).
 */
@Component
class WorkshopOnRequestEnded {

	static final Set<RequestStatus> ENDED_BEFORE_THE_WORK = EnumSet.of(RequestStatus.WITHDRAWN,
			RequestStatus.DECLINED, RequestStatus.REDIRECTED);

	private final Workshops workshops;

	WorkshopOnRequestEnded(Workshops workshops) {
		this.workshops = workshops;
	}

	@ApplicationModuleListener
	void on(RequestStatusChanged changed) {
		if (ENDED_BEFORE_THE_WORK.contains(changed.to())) {
			workshops.requestEnded(changed.requestId());
		}
	}
}
