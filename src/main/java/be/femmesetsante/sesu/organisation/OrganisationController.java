package be.femmesetsante.sesu.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

/**
 * "Mon organisation": a professional describes their organisation once (they are sent here before
 * their first request) and corrects it later on the same page. A postal code outside the area or
 * an enterprise number already registered is explained on the page, with everything typed kept.
 */
@Controller
@RequestMapping("/organisation")
class OrganisationController {

	static final String VIEW = "organisation/profile";

	/** Required texts, checked all at once so the page lists every missing one. */
	private static final Map<String, Function<OrganisationForm, String>> REQUIRED = Map.of(
			"name", OrganisationForm::name,
			"street", OrganisationForm::street,
			"municipality", OrganisationForm::municipality,
			"contactName", OrganisationForm::contactName);

	private final Organisations organisations;
	private final Accounts accounts;
	private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();
	private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

	OrganisationController(Organisations organisations, Accounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@ModelAttribute("sectors")
	Sector[] sectors() {
		return Sector.values();
	}

	@GetMapping
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<OrganisationView> current = current(user);
		model.addAttribute("organisationForm",
				current.map(OrganisationForm::of).orElseGet(() -> OrganisationForm.empty(user.displayName())));
		model.addAttribute("germanSpeaking", current.map(OrganisationView::germanSpeaking).orElse(false));
		return page(user, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal PortalUser user, @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		EnterpriseNumber number = check(form, errors, model);
		if (errors.hasErrors()) {
			return page(user, model);
		}
		OrganisationView saved;
		try {
			saved = user.organisationId() == null ? organisations.register(form.toNewOrganisation(number))
					: organisations.update(user.organisationId(), form.toNewOrganisation(number));
		}
		catch (OrganisationException ex) {
			reject(errors, ex);
			if (ex.reason() == OrganisationException.Reason.ENTERPRISE_NUMBER_TAKEN && number != null) {
				model.addAttribute("joinNumber", number.formatted());
			}
			if (ex.reason() == OrganisationException.Reason.OUTSIDE_AREA) {
				model.addAttribute("outsideArea", true);
			}
			return page(user, model);
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

	/** Every problem the page can tell before saving, so one submission shows them all. */
	private static EnterpriseNumber check(OrganisationForm form, BindingResult errors, Model model) {
		REQUIRED.forEach((field, value) -> {
			if (value.apply(form) == null || value.apply(form).isBlank()) {
				errors.rejectValue(field, OrganisationException.Reason.REQUIRED.messageKey());
			}
		});
		if (form.sector() == null && !errors.hasFieldErrors("sector")) {
			errors.rejectValue("sector", OrganisationException.Reason.REQUIRED.messageKey());
		}
		else if (form.sector() == Sector.OTHER && (form.sectorOther() == null || form.sectorOther().isBlank())) {
			errors.rejectValue("sectorOther", OrganisationException.Reason.SECTOR_OTHER_REQUIRED.messageKey());
		}
		PostalCodeRouting.Result routing = PostalCodeRouting.route(form.postalCode());
		if (routing instanceof PostalCodeRouting.Invalid) {
			errors.rejectValue("postalCode", OrganisationException.Reason.POSTAL_CODE_INVALID.messageKey());
		}
		else if (routing instanceof PostalCodeRouting.OutsideArea) {
			errors.rejectValue("postalCode", OrganisationException.Reason.OUTSIDE_AREA.messageKey());
			model.addAttribute("outsideArea", true);
		}
		else if (routing instanceof PostalCodeRouting.Served served) {
			model.addAttribute("germanSpeaking", served.germanSpeaking());
		}
		try {
			return EnterpriseNumber.parseOptional(form.enterpriseNumber()).orElse(null);
		}
		catch (InvalidEnterpriseNumberException ex) {
			errors.rejectValue("enterpriseNumber", ex.messageKey());
			return null;
		}
	}

	private static void reject(BindingResult errors, OrganisationException ex) {
		if (ex.field() != null) {
			errors.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey());
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
