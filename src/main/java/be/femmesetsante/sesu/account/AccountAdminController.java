package be.femmesetsante.sesu.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' account pages: the list, an invitation, one account and what can be done to it. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final Role[] TEAM_ROLES = { Role.STAFF, Role.PARTNER, Role.ADMIN };

	private final AccountAdministration administration;

	AccountAdminController(AccountAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("teamRoles")
	Role[] teamRoles() {
		return TEAM_ROLES;
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String role, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Role filter = parseRole(role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("role", filter);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("page", administration.list(filter, q, page));
		return "admin/accounts/list";
	}

	@GetMapping("/invite")
	String inviteForm(Model model) {
		model.addAttribute("inviteForm", InviteForm.empty());
		return "admin/accounts/invite";
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute InviteForm inviteForm,
			BindingResult errors, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountRow invited = administration.invite(admin, inviteForm.email().strip(), inviteForm.displayName(),
						inviteForm.role(), inviteForm.language() == null ? Language.FRENCH : inviteForm.language());
				redirect.addFlashAttribute("flash", "account.admin.invited");
				return "redirect:/admin/accounts/" + invited.id();
			}
			catch (AccountRefusal refusal) {
				refusal.rejectOn(errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "admin/accounts/invite";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model) {
		return page(admin, id, model);
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@RequestParam(required = false) String role, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "account.admin.roleChanged",
				() -> administration.changeRole(admin, id, parseRole(role)));
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "account.admin.disabled",
				() -> administration.disable(admin, id));
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "account.admin.enabled", () -> administration.enable(admin, id));
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "account.admin.secondFactorReset",
				() -> administration.resetSecondFactor(admin, id));
	}

	@PostMapping("/{id}/invitation")
	String inviteAgain(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(admin, id, model, response, redirect, "account.admin.invitedAgain",
				() -> administration.inviteAgain(admin, id));
	}

	/** Done: back to the account's page, which says so. Refused: the same page, 422, with the reason. */
	private String act(PortalUser admin, long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
		}
		catch (AccountRefusal refusal) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", refusal);
			return page(admin, id, model);
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:/admin/accounts/" + id;
	}

	private String page(PortalUser admin, long id, Model model) {
		AccountRow account = administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("account", account);
		model.addAttribute("self", admin.accountId() == id);
		return "admin/accounts/account";
	}

	private static Role parseRole(String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(role.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
