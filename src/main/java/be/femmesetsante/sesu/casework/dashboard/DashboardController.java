package be.femmesetsante.sesu.casework.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;

/** "Mon tableau de bord": a staff member's open cases, due and overdue actions, and new unassigned requests. */
@Controller
class DashboardController {


	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, ObjectProvider<Clock> clock) {
		this.dashboard = dashboard;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/casework/dashboard")
	String show(@AuthenticationPrincipal PortalUser me, Model model) {
		LocalDate today = Brussels.today(clock);
		model.addAttribute("dashboard", dashboard.of(Actor.of(me), today));
		model.addAttribute("today", today);
		return "casework/dashboard";
	}
}
