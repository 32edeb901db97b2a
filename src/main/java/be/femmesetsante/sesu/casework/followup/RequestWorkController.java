package be.femmesetsante.sesu.casework.followup;

import java.util.List;

import org.springframework.aop.support.AopUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.request.Actor;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;

/**
 * A request's casework on one page: its sessions, workshop and follow-ups — the casework sections
 * of the staff request page, with nothing else, so their forms have a page to come back to. Staff
 * and partners (Brussels only, read-only) reach it; any other request answers 404.
 */
@Controller
class RequestWorkController {

	private static final String CASEWORK = "be.femmesetsante.sesu.casework";

	private final CaseworkAccess access;

	private final List<RequestPageSection> sections;

	RequestWorkController(CaseworkAccess access, List<RequestPageSection> sections) {
		this.access = access;
		this.sections = sections.stream()
			.filter(s -> AopUtils.getTargetClass(s).getPackageName().startsWith(CASEWORK))
			.toList();
	}

	@GetMapping(CaseworkPages.REQUEST_WORK)
	String page(@PathVariable String reference, @AuthenticationPrincipal PortalUser me, Model model) {
		Actor actor = Actor.of(me);
		SupportRequestView request = access.visible(actor, reference);
		model.addAttribute("request", request);
		for (RequestPageSection section : sections) {
			section.addTo(model, actor, request);
		}
		model.addAttribute("sections", sections.stream().map(RequestPageSection::fragment).toList());
		return "casework/request-work";
	}
}
