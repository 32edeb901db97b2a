package be.femmesetsante.sesu.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.FormText;
import be.femmesetsante.sesu.shared.Refusal;

/**
 * "Mon organisation": a professional describes their organisation once (they are sent here before
 * their first request) and corrects it later on the same page. Refusals follow the portal's one
 * way: the form is a command record checked with Bean Validation, the domain's refusals (postal
 * code outside the area, enterprise number malformed or already registered) land on the same
 * {@link BindingResult}, and the page comes back with 422 and everything typed. An edit made while
 * a colleague saved the organisation comes back with 409, the typed text and the saved profile.
 */
@Controller
@RequestMapping("/organisation")
class OrganisationController {

	static final String VIEW = "organisation/profile";

	static final String FORM = "organisationForm";

	private final Organisations organisations;
	private final Accounts accounts;
	private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

	OrganisationController(Organisations organisations, Accounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** The sectors offered, and the organisation's own when it was retired since (it may keep it). */
	@ModelAttribute("sectors")
	List<Sector> sectors(@AuthenticationPrincipal PortalUser user) {
		List<Sector> offered = new ArrayList<>(organisations.offeredSectors());
		current(user).map(OrganisationView::sector).filter(s -> !offered.contains(s)).ifPresent(offered::add);
		return offered;
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<OrganisationView> current = current(user);
		model.addAttribute(FORM,
				current.map(OrganisationForm::of).orElseGet(() -> OrganisationForm.empty(user.displayName())));
		model.addAttribute("germanSpeaking", current.map(OrganisationView::germanSpeaking).orElse(false));
		return page(user, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute(FORM) OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		EnterpriseNumber number = checkWithTheDomain(form, errors, model);
		if (errors.hasErrors()) {
			return refused(user, model, response);
		}
		OrganisationView saved;
		try {
			saved = user.organisationId() == null ? organisations.register(form.toNewOrganisation(number))
					: organisations.update(user.organisationId(), form.version(), form.toNewOrganisation(number));
		}
		catch (OrganisationException ex) {
			if (ex.reason() == OrganisationException.Reason.CONCURRENT_CHANGE) {
				return changedMeanwhile(user, form, ex, errors, model, response);
			}
			reject(errors, ex);
			if (ex.reason() == OrganisationException.Reason.ENTERPRISE_NUMBER_TAKEN && number != null) {
				model.addAttribute("joinNumber", number.formatted());
			}
			if (ex.reason() == OrganisationException.Reason.OUTSIDE_AREA) {
				model.addAttribute("outsideArea", true);
			}
			return refused(user, model, response);
		}
		if (saved.germanSpeaking()) {
			redirect.addFlashAttribute("flashNotice", "organisation.germanSpeaking.notice");
		}
		if (user.organisationId() == null) {
			refreshSignedInUser(accounts.joinOrganisation(user.accountId(), saved.id()), request, response);
			redirect.addFlashAttribute("flash", "organisation.created");
			return "redirect:/requests/new";
		}
		redirect.addFlashAttribute("flash", "organisation.saved");
		return "redirect:/organisation";
	}

	/** The enterprise number is already registered: ask to join that organisation, staff confirm. */
	@PostMapping("/join")
	String askToJoin(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String enterpriseNumber,
			RedirectAttributes redirect) {
		if (user.organisationId() != null) {
			return "redirect:/organisation";
		}
		Optional<EnterpriseNumber> number;
		try {
			number = EnterpriseNumber.parseOptional(FormText.clean(enterpriseNumber));
		}
		catch (InvalidEnterpriseNumberException ex) {
			number = Optional.empty();
		}
		Optional<OrganisationView> asked = number.flatMap(n -> organisations.requestToJoin(user.accountId(), n));
		redirect.addFlashAttribute("flash", asked.isPresent() ? "organisation.join.sent" : "organisation.join.unknown");
		return "redirect:/organisation";
	}

	private Optional<OrganisationView> current(PortalUser user) {
		return Optional.ofNullable(user.organisationId()).flatMap(organisations::findById);
	}

	private String page(PortalUser user, Model model) {
		model.addAttribute("editing", user.organisationId() != null);
		model.addAttribute("pendingJoin", user.organisationId() == null
				&& organisations.hasPendingJoinRequest(user.accountId()));
		return VIEW;
	}

	/** The same page, its problems listed, what was typed kept: 422, nothing was saved. */
	private String refused(PortalUser user, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(user, model);
	}

	/**
	 * A colleague saved the organisation since this page was shown. Nothing is saved; the page keeps
	 * what this person typed and shows the saved profile beside it, the fields that differ marked.
	 * The form now carries the saved version: saving again, once compared, is a decision and is
	 * accepted. 409, as on the team's pages.
	 */
	private String changedMeanwhile(PortalUser user, OrganisationForm typed, OrganisationException conflict,
			BindingResult errors, Model model, HttpServletResponse response) {
		Optional<OrganisationView> saved = current(user);
		if (saved.isEmpty()) {
			reject(errors, new OrganisationException(OrganisationException.Reason.NOT_FOUND));
			return refused(user, model, response);
		}
		OrganisationForm kept = typed.withVersion(saved.get().version());
		BindingResult keptErrors = new BeanPropertyBindingResult(kept, FORM);
		reject(keptErrors, conflict);
		model.addAttribute(FORM, kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, keptErrors);
		model.addAttribute("savedMeanwhile",
				SavedValue.of(saved.get(), kept.fieldsDifferingFrom(OrganisationForm.of(saved.get()))));
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(user, model);
	}

	/**
	 * What the domain judges before saving, added to the Bean Validation errors so one submission
	 * shows every problem: "Other" without its words, the postal code's region, the enterprise
	 * number's shape and check digits.
	 *
	 * @return the enterprise number, null when none was typed or it is refused
	 */
	private static EnterpriseNumber checkWithTheDomain(OrganisationForm form, BindingResult errors, Model model) {
		if (form.lacksSectorOther() && !errors.hasFieldErrors("sectorOther")) {
			reject(errors, new OrganisationException(OrganisationException.Reason.SECTOR_OTHER_REQUIRED, "sectorOther"));
		}
		PostalCodeRouting.Result routing = PostalCodeRouting.route(form.postalCode());
		if (routing instanceof PostalCodeRouting.Invalid) {
			reject(errors, new OrganisationException(OrganisationException.Reason.POSTAL_CODE_INVALID, "postalCode"));
		}
		else if (routing instanceof PostalCodeRouting.OutsideArea) {
			reject(errors, new OrganisationException(OrganisationException.Reason.OUTSIDE_AREA, "postalCode"));
			model.addAttribute("outsideArea", true);
		}
		else if (routing instanceof PostalCodeRouting.Served served) {
			model.addAttribute("germanSpeaking", served.germanSpeaking());
		}
		try {
			return EnterpriseNumber.parseOptional(form.enterpriseNumber()).orElse(null);
		}
		catch (InvalidEnterpriseNumberException ex) {
			reject(errors, ex);
			return null;
		}
	}

	/** A domain refusal beside its field, or at the top of the form when it has none. */
	private static void reject(BindingResult errors, Refusal refusal) {
		refusal.rejectOn(errors, Map.of());
	}

	/**
	 * One line of the saved profile shown after a concurrent change: a field's label, its saved
	 * text (or the message key of a sector), and whether it differs from what this person typed.
	 */
	record SavedValue(String field, String label, String text, String textKey, boolean differs) {

		static List<SavedValue> of(OrganisationView saved, Set<String> differing) {
			List<SavedValue> values = new ArrayList<>();
			values.add(text("name", "organisation.name", saved.name(), differing));
			values.add(new SavedValue("sector", "organisation.sector", null, saved.sector().messageKey(),
					differing.contains("sector")));
			if (saved.sector() == Sector.OTHER) {
				values.add(text("sectorOther", "organisation.sectorOther", saved.sectorOther(), differing));
			}
			values.add(text("street", "organisation.street", saved.street(), differing));
			values.add(text("postalCode", "organisation.postalCode", saved.postalCode(), differing));
			values.add(text("municipality", "organisation.municipality", saved.municipality(), differing));
			values.add(text("enterpriseNumber", "organisation.enterpriseNumber",
					saved.enterpriseNumber() == null ? null : saved.enterpriseNumber().formatted(), differing));
			values.add(text("website", "organisation.website", saved.website(), differing));
			values.add(text("contactName", "organisation.contactName", saved.contactName(), differing));
			values.add(text("contactPronouns", "organisation.contactPronouns", saved.contactPronouns(), differing));
			return values;
		}

		private static SavedValue text(String field, String label, String text, Set<String> differing) {
			return new SavedValue(field, label, text == null || text.isBlank() ? null : text, null,
					differing.contains(field));
		}
	}

	/**
	 * The signed-in principal now carries the organisation: replace it in this request's security
	 * context and in the (JDBC-backed) session, so the next request sees it without a new sign-in.
	 */
	private void refreshSignedInUser(PortalUser refreshed, HttpServletRequest request, HttpServletResponse response) {
		Authentication previous = securityContexts.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(refreshed,
				null, refreshed.getAuthorities());
		authentication.setDetails(previous == null ? null : previous.getDetails());
		SecurityContext context = securityContexts.createEmptyContext();
		context.setAuthentication(authentication);
		securityContexts.setContext(context);
		securityContextRepository.saveContext(context, request, response);
	}

}
