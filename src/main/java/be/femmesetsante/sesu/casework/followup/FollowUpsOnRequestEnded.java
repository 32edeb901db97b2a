package be.femmesetsante.sesu.casework.followup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.femmesetsante.sesu.request.RequestStatusChanged;

/**
 * A request that ends takes its open next actions with it: nobody has anything left to do on it, so
 * they leave the dashboard and the daily digest. Runs after the request's change is committed,
 * through the event publication registry (retried if it fails).
 */
@Component
class FollowUpsOnRequestEnded {

	private final FollowUps followUps;

	FollowUpsOnRequestEnded(FollowUps followUps) {
		this.followUps = followUps;
	}

	@ApplicationModuleListener
	void on(RequestStatusChanged changed) {
		if (changed.to().isEnded()) {
			followUps.closeOpenActions(changed.requestId(), changed.at());
		}
	}
}
