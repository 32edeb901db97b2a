package be.femmesetsante.sesu.casework;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.account.AccountName;
import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Region;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.ReferenceEntry;
import be.femmesetsante.sesu.shared.ReferenceList;
import be.femmesetsante.sesu.shared.Scope;
import be.femmesetsante.sesu.request.ConcurrentChangeException;
import be.femmesetsante.sesu.request.HistoryEntryView;
import be.femmesetsante.sesu.request.LifecycleException;
import be.femmesetsante.sesu.request.RequestAction;
import be.femmesetsante.sesu.request.RequestDetails;
import be.femmesetsante.sesu.request.RequestNotFoundException;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.RequestStatus;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;
import be.femmesetsante.sesu.request.WorkKind;

/**
 * The team's inbox and a request's casework page; partners get the same pages read-only (the
 * security configuration refuses them every POST; the services scope every read to Brussels).
 */
@Controller
class CaseworkController {


	static final String OTHER_TARGET = "other";

	private final RequestInbox inbox;
	private final SupportRequests requests;
	private final ReferenceList targets;
	private final Organisations organisations;
	private final CaseworkRequestPage requestPage;
	private final MessageSource messages;

	CaseworkController(RequestInbox inbox, SupportRequests requests,
			@Qualifier(RedirectTargetList.NAME) ReferenceList targets, Organisations organisations,
			CaseworkRequestPage requestPage, MessageSource messages) {
		this.organisations = organisations;
		this.inbox = inbox;
		this.requests = requests;
		this.targets = targets;
		this.requestPage = requestPage;
		this.messages = messages;
	}

	@GetMapping("/casework/inbox")
	String inbox(InboxQuery query, @AuthenticationPrincipal PortalUser user, Model model) {
		InboxFilter filter = query.toFilter();
		InboxPage page = inbox.search(Actor.of(user), filter, PageRequest.of(query.pageNumber(), RequestInbox.PAGE_SIZE));
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = Brussels.dates(locale);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.rows().getContent().stream().map(row -> Row.of(row, format, messages, locale)).toList());
		model.addAttribute("query", query);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", RequestStatus.values());
		Scope scope = Actor.of(user).scope();
		model.addAttribute("regions", scope.region() != null ? new Region[] { scope.region() } : Region.values());
		// Retired entries too: old requests still carry them.
		model.addAttribute("kinds", requests.allKinds());
		model.addAttribute("sectors", organisations.allSectors());
		model.addAttribute("leads", InboxFilter.Lead.values());
		model.addAttribute("partner", !Actor.of(user).audience().actsOnCases());
		return "casework/inbox";
	}

	/**
	 * A row of the inbox with its texts written here, once, in the page's language: issue 13, the
	 * template looked each label up by a message expression around a SpEL one, about twenty per row,
	 * and rendering was most of the inbox's time.
	 */
	record Row(InboxRow row, String href, String region, List<String> kinds, String status, String statusClass,
			String lead, String received, String receivedIso, String waiting) {

		static Row of(InboxRow row, DateTimeFormatter format, MessageSource messages, Locale locale) {
			return new Row(row, "/casework/requests/" + row.reference(),
					messages.getMessage("region." + row.region().name(), null, locale),
					row.kinds().stream().map(k -> messages.getMessage(k.messageKey(), null, locale)).toList(),
					messages.getMessage(row.status().messageKey(), null, locale), "status-" + row.status().name(),
					row.leadName() != null ? row.leadName() : messages.getMessage("casework.lead.none", null, locale),
					format.format(row.receivedAt()), iso(row.receivedAt()),
					row.daysWaiting() == null ? "—"
							: messages.getMessage("casework.days", new Object[] { row.daysWaiting() }, locale));
		}
	}

	/**
	 * One read-only transaction for the whole page: its sections (sessions, follow-ups, workshop,
	 * thread) join it instead of opening one each, and the staff list is read once (issue 13).
	 */
	@GetMapping("/casework/requests/{reference}")
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	String request(@PathVariable String reference, @AuthenticationPrincipal PortalUser user, Model model) {
		Actor actor = Actor.of(user);
		return page(actor, load(actor, reference), MoveForm.empty(), null, null, model);
	}

	@PostMapping("/casework/requests/{reference}/lead")
	String assignLead(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		// Who may lead is the request's rule (an enabled member of the team), not this page's.
		return move(actor, reference, form, RequestAction.LEAD_ASSIGNED,
				r -> requests.assignLead(actor, r.id(), version(form), form.leadAccountId()), model, response, redirect);
	}

	@PostMapping("/casework/requests/{reference}/accept")
	String accept(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		WorkKind kind = "CONSULTATION".equals(form.workKind()) ? WorkKind.CONSULTATION
				: "WORKSHOP".equals(form.workKind()) ? WorkKind.WORKSHOP : null;
		return move(actor, reference, form, RequestAction.ACCEPTED,
				r -> requests.accept(actor, r.id(), version(form), kind), model, response, redirect);
	}

	@PostMapping("/casework/requests/{reference}/start")
	String start(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		return move(actor, reference, form, RequestAction.STARTED,
				r -> requests.start(actor, r.id(), version(form)), model, response, redirect);
	}

	@PostMapping("/casework/requests/{reference}/decline")
	String decline(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		return move(actor, reference, form, RequestAction.DECLINED,
				r -> requests.decline(actor, r.id(), version(form), form.reason()), model, response, redirect);
	}

	@PostMapping("/casework/requests/{reference}/redirect")
	String redirect(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		Optional<ReferenceEntry> listed = OTHER_TARGET.equals(form.target()) || form.target() == null ? Optional.empty()
				: targets.find(form.target()).filter(ReferenceEntry::offered);
		String typed = OTHER_TARGET.equals(form.target()) ? form.targetOther() : null;
		return move(actor, reference, form, RequestAction.REDIRECTED,
				r -> listed.isPresent()
						? requests.redirectToListed(actor, r.id(), version(form), listed.get().code(), listed.get().labelFr())
						: requests.redirect(actor, r.id(), version(form), typed),
				model, response, redirect);
	}

	@PostMapping("/casework/requests/{reference}/close")
	String close(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		return move(actor, reference, form, RequestAction.CLOSED,
				r -> requests.close(actor, r.id(), version(form), form.summary()), model, response, redirect);
	}


	@PostMapping("/casework/requests/{reference}/reopen")
	String reopen(@PathVariable String reference, MoveForm form, @AuthenticationPrincipal PortalUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = Actor.of(user);
		return move(actor, reference, form, RequestAction.REOPENED,
				r -> requests.reopen(actor, r.id(), version(form), form.reason()), model, response, redirect);
	}

	/**
	 * Runs a move; refused, the page comes back with the domain's message beside the move's form
	 * and the typed text kept; changed meanwhile by someone else, the page shows the new state.
	 */
	private String move(Actor actor, String reference, MoveForm form, RequestAction action,
			Function<SupportRequestView, SupportRequestView> change, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RequestDetails details = load(actor, reference);
		try {
			change.apply(details.request());
		}
		catch (ConcurrentChangeException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(actor, load(actor, reference), form, action, new Problem(message(ex), null, true), model);
		}
		catch (LifecycleException ex) {
			response.setStatus(422);
			return page(actor, load(actor, reference), form, action, new Problem(message(ex), ex.field(), false), model);
		}
		redirect.addFlashAttribute("flash", "casework.done." + action.name());
		return "redirect:/casework/requests/" + details.request().reference();
	}

	/** A refusal to show: the message, the field at fault (or null), and whether someone else changed the request. */
	record Problem(String message, String field, boolean concurrent) {
	}

	private String page(Actor actor, RequestDetails details, MoveForm form, RequestAction failedAction,
			Problem problem, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("failedAction", failedAction);
		model.addAttribute("problem", problem);
		return requestPage.render(actor, details, model);
	}

	private RequestDetails load(Actor actor, String reference) {
		return requestPage.load(actor, reference);
	}

	private String message(org.springframework.context.MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}


	private static long version(MoveForm form) {
		return form.version() == null ? -1 : form.version();
	}

	private static String iso(Instant instant) {
		return instant.toString();
	}
}
