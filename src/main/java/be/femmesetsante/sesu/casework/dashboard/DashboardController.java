package be.femmesetsante.sesu.casework.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	DashboardController(Dashboard dashboard, ObjectProvider<Clock> clock, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/casework/dashboard")
	String show(@AuthenticationPrincipal PortalUser me, Model model) {
		LocalDate today = Brussels.today(clock);
		Dashboard.View view = dashboard.of(Actor.of(me), today);
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter day = Brussels.dates(locale);
		model.addAttribute("dashboard", view);
		model.addAttribute("dueActions", view.dueActions().stream().map(a -> ActionLine.of(a, day)).toList());
		model.addAttribute("openCases", view.openCases().stream().map(c -> CaseLine.of(c, day, messages, locale)).toList());
		model.addAttribute("unassigned", view.unassigned().stream().map(c -> CaseLine.of(c, day, messages, locale)).toList());
		model.addAttribute("today", today);
		return "casework/dashboard";
	}

	/*
	 * The lists' rows with their texts written here, once per page: issue 13, the template formatted
	 * each date with a pattern parsed again for every row and looked up the status and each cell's
	 * column name by a message expression (up to 150 rows).
	 */

	record CaseLine(Dashboard.CaseRow row, String href, String status, String received, String receivedIso) {

		static CaseLine of(Dashboard.CaseRow row, DateTimeFormatter day, MessageSource messages, Locale locale) {
			LocalDate on = row.receivedOn();
			return new CaseLine(row, "/casework/requests/" + row.reference(),
					messages.getMessage(row.statusKey(), null, locale), day.format(on), on.toString());
		}
	}

	record ActionLine(Dashboard.DueAction action, String href, String due, String dueIso) {

		static ActionLine of(Dashboard.DueAction action, DateTimeFormatter day) {
			return new ActionLine(action, "/casework/requests/" + action.reference() + "#next-actions",
					day.format(action.dueDate()), action.dueDate().toString());
		}
	}
}
