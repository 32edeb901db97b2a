package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.Actor;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.FormText;

/**
 * The professional's pages: "Mes demandes", the request form (with its draft), the confirmation,
 * a request's page and its withdrawal. Every read goes through {@link SupportRequests} with the
 * signed-in person as actor, so another organisation's request is simply not found (404).
 */
@Controller
@RequestMapping("/requests")
class RequestController {

	static final int PAGE_SIZE = 20;


	private static final Set<RequestStatus> WITHDRAWABLE = EnumSet.of(RequestStatus.NEW, RequestStatus.IN_REVIEW,
			RequestStatus.ACCEPTED);

	private final SupportRequests requests;
	private final RequestIntake intake;
	private final ObjectProvider<RequestPageSection> sections;
	private final MessageSource messages;
	private final Accounts accounts;
	private final PrivacyNotices notices;

	RequestController(SupportRequests requests, RequestIntake intake, ObjectProvider<RequestPageSection> sections,
			MessageSource messages, Accounts accounts, PrivacyNotices notices) {
		this.accounts = accounts;
		this.notices = notices;
		this.requests = requests;
		this.intake = intake;
		this.sections = sections;
		this.messages = messages;
	}

	/**
	 * What a request's "facts" show (list and page), written here in the page's language: issue 13,
	 * the fragment formatted the date with a pattern parsed again per card and built two message keys
	 * per card by expressions.
	 */
	record Facts(String reference, String submitted, String statusClass, String status, String nextStep) {

		/** The day a request was sent, as the portal writes days, in the page's language. */
		static DateTimeFormatter days() {
			return Brussels.dates(LocaleContextHolder.getLocale());
		}

		static Facts of(String reference, Instant submittedAt, RequestStatus status, MessageSource messages,
				DateTimeFormatter days) {
			Locale locale = days.getLocale();
			return new Facts(reference, days.format(submittedAt),
					"status-" + status.name().toLowerCase(Locale.ROOT), messages.getMessage(status.messageKey(), null, locale),
					messages.getMessage("request.nextStep." + status.name(), null, locale));
		}
	}

	/** A line of "Mes demandes": its title, and its facts (the reference among them). */
	record Row(String title, Facts facts) {
	}

	/** A line of a request's timeline, in plain words: what happened, who did it, when. */
	record TimelineEntry(String messageKey, String workKindKey, ZonedDateTime at, Who who, String actorName,
			String detail) {
	}

	enum Who {
		/** The signed-in person. */
		YOU,
		/** Someone else of the requester's organisation. */
		COLLEAGUE,
		/** Someone of the team. */
		TEAM
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<RequestSummary> found = requests.listVisible(Actor.of(user),
				PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE));
		model.addAttribute("page", found);
		DateTimeFormatter days = Facts.days();
		model.addAttribute("rows", found.getContent()
			.stream()
			.map(r -> new Row(r.title(),
					Facts.of(r.reference(), r.submittedAt(), r.status(), messages, days)))
			.toList());
		model.addAttribute("hasOrganisation", user.organisationId() != null);
		return "request/list";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		if (user.organisationId() == null) {
			return organisationFirst(redirect);
		}
		String token = UUID.randomUUID().toString();
		Optional<RequestDraft> draft = intake.findDraft(user.accountId());
		model.addAttribute("requestForm", draft.map(d -> d.toForm(token)).orElseGet(() -> RequestForm.empty(token)));
		model.addAttribute("draftSavedAt", draft.map(d -> local(d.savedAt())).orElse(null));
		return formPage(model);
	}

	@PostMapping("/new")
	String submit(@AuthenticationPrincipal PortalUser user, @ModelAttribute("requestForm") RequestForm form,
			BindingResult errors, @RequestParam(defaultValue = "submit") String action, Model model,
			RedirectAttributes redirect) {
		if (user.organisationId() == null) {
			return organisationFirst(redirect);
		}
		Actor actor = Actor.of(user);
		UUID token = form.token();
		if ("draft".equals(action)) {
			return saveDraft(user, form, errors, model, redirect);
		}
		// Sent already with this page's token (double click, back and resubmit): the same confirmation.
		Optional<String> already = intake.referenceFor(actor, token);
		if (already.isPresent()) {
			return "redirect:/requests/" + already.get() + "/sent";
		}
		RequestFormCheck.forSubmission(form).forEach(p -> reject(errors, p.field(), p.messageKey(), p.arguments()));
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			String reference = intake.submitOnce(actor, token, form.toSubmitRequest(notices.current().version()));
			return "redirect:/requests/" + reference + "/sent";
		}
		catch (InvalidRequestException ex) {
			reject(errors, ex.field(), ex.messageKey(), ex.getArguments());
			return formPage(model);
		}
	}

	@GetMapping("/{reference}/sent")
	String sent(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, Model model) {
		RequestDetails details = visible(user, reference);
		model.addAttribute("request", details.request());
		return "request/sent";
	}

	@GetMapping("/{reference}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, Model model) {
		return detailPage(user, visible(user, reference), model);
	}

	/**
	 * The requester's organisation corrects its request, while the team has neither decided nor
	 * started: the request's own form, filled in; the change is kept in the history.
	 */
	@GetMapping("/{reference}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, Model model,
			RedirectAttributes redirect) {
		SupportRequestView request = visible(user, reference).request();
		if (!request.status().correctableByRequester()) {
			redirect.addFlashAttribute("flashNotice", "dailyuse.correct.request.tooLate");
			return "redirect:/requests/" + reference;
		}
		model.addAttribute("requestForm", new RequestForm(List.copyOf(request.kinds()), request.title(),
				request.description(), request.audience(), request.audienceTags().stream()
					.flatMap(t -> java.util.Arrays.stream(AudienceTag.values()).filter(a -> a.name().equals(t)))
					.toList(),
				request.desiredPeriod(), request.preferredFormat(), request.teamSize(), request.heardOfUs(), true,
				UUID.randomUUID().toString()));
		return editPage(request, request.version(), model);
	}

	@PostMapping("/{reference}/edit")
	String correct(@AuthenticationPrincipal PortalUser user, @PathVariable String reference,
			@ModelAttribute("requestForm") RequestForm form, BindingResult errors,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		SupportRequestView request = visible(user, reference).request();
		long expected = version == null ? -1 : version;
		// Refused below: the same form answers 422 with what was typed and why.
		response.setStatus(422);
		RequestFormCheck.forSubmission(form).forEach(p -> reject(errors, p.field(), p.messageKey(), p.arguments()));
		if (errors.hasErrors()) {
			return editPage(request, expected, model);
		}
		try {
			requests.correct(Actor.of(user), request.id(), expected, form.toSubmitRequest());
		}
		catch (ConcurrentChangeException ex) {
			errors.reject("request.error.concurrentChange", null, null);
			return editPage(request, visible(user, reference).request().version(), model);
		}
		catch (RequestException ex) {
			reject(errors, ex.field(), ex.messageKey(), ex.getArguments());
			return editPage(request, expected, model);
		}
		response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FOUND);
		redirect.addFlashAttribute("flash", "dailyuse.correct.request.done");
		return "redirect:/requests/" + reference;
	}

	private String editPage(SupportRequestView request, long version, Model model) {
		model.addAttribute("editing", request);
		model.addAttribute("editVersion", version);
		return formPage(model);
	}

	@PostMapping("/{reference}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable String reference,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
			Model model, Locale locale, RedirectAttributes redirect) {
		RequestDetails details = visible(user, reference);
		String typedReason = FormText.clean(reason);
		try {
			requests.withdraw(Actor.of(user), details.request().id(), version == null ? -1 : version, typedReason);
		}
		catch (LifecycleException | ConcurrentChangeException ex) {
			model.addAttribute("withdrawError", messages.getMessage(ex, locale));
			model.addAttribute("withdrawReason", typedReason);
			// Shown again as it is now, so the next attempt carries the current version.
			return detailPage(user, visible(user, reference), model);
		}
		redirect.addFlashAttribute("flash", "request.withdraw.done");
		return "redirect:/requests/" + reference;
	}


	private RequestDetails visible(PortalUser user, String reference) {
		return requests.findByReference(Actor.of(user), reference).orElseThrow(RequestNotFoundException::new);
	}

	private String detailPage(PortalUser user, RequestDetails details, Model model) {
		SupportRequestView request = details.request();
		Actor actor = Actor.of(user);
		model.addAttribute("request", request);
		// The requester sees who leads their request (a name, nothing else of the account).
		model.addAttribute("leadName", request.leadAccountId() == null ? null
				: accounts.findById(request.leadAccountId()).map(PortalUser::displayName).orElse(null));
		model.addAttribute("timeline", details.history().stream().map(h -> timeline(user, h)).toList());
		model.addAttribute("facts", Facts.of(request.reference(), request.submittedAt(), request.status(), messages,
				Facts.days()));
		model.addAttribute("withdrawable", WITHDRAWABLE.contains(request.status()));
		model.addAttribute("correctable", request.status().correctableByRequester());
		model.addAttribute("sectionFragments", RequestPageSection.fill(sections, model, actor, request));
		return "request/detail";
	}

	private static TimelineEntry timeline(PortalUser user, HistoryEntryView entry) {
		boolean byRequester = entry.action() == RequestAction.SUBMITTED || entry.action() == RequestAction.WITHDRAWN
				|| entry.action() == RequestAction.CORRECTED;
		Who who = entry.actorAccountId() == user.accountId() ? Who.YOU : byRequester ? Who.COLLEAGUE : Who.TEAM;
		return new TimelineEntry(entry.action().historyKey(),
				entry.workKind() == null ? null : "request.workKind." + entry.workKind().name(), local(entry.at()),
				who, entry.actorDisplayName(),
				// A correction's detail is what the fields said before, for the team's page.
				entry.action() == RequestAction.CORRECTED ? null : entry.detail());
	}

	private String saveDraft(PortalUser user, RequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		RequestFormCheck.forDraft(form).forEach(p -> reject(errors, p.field(), p.messageKey(), p.arguments()));
		if (errors.hasErrors()) {
			return formPage(model);
		}
		intake.saveDraft(user.accountId(), form);
		redirect.addFlashAttribute("flash", "request.draft.saved");
		return "redirect:/requests/new";
	}

	private String formPage(Model model) {
		model.addAttribute("kindChoices", requests.offeredKinds());
		model.addAttribute("tagChoices", AudienceTag.values());
		model.addAttribute("formatChoices", PreferredFormat.values());
		PrivacyNotice notice = notices.current();
		model.addAttribute("privacyNoticeVersion", notice.version());
		model.addAttribute("privacyBlocks", notice.blocks(LocaleContextHolder.getLocale()));
		return "request/form";
	}

	private static String organisationFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashNotice", "request.organisationFirst");
		return "redirect:/organisation";
	}

	private static void reject(BindingResult errors, String field, String messageKey, Object[] arguments) {
		if (field != null && !"privacyNoticeVersion".equals(field)) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, messageKey, arguments, null);
			}
		}
		else if ("privacyNoticeVersion".equals(field)) {
			errors.rejectValue("privacyAccepted", messageKey, arguments, null);
		}
		else {
			errors.reject(messageKey, arguments, null);
		}
	}

	private static ZonedDateTime local(Instant instant) {
		return instant == null ? null : instant.atZone(Brussels.ZONE);
	}

}
