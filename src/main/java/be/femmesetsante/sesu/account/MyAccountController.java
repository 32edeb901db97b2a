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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon compte": who I am signed in as, in any role; my name, pronouns and the language of my mails;
 * for professionals, asking to delete the account (handled by the privacy module).
 */
@Controller
class MyAccountController {

	private final Accounts accounts;

	MyAccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal PortalUser me, Model model) {
		AccountProfile profile = accounts.findProfile(me.accountId()).orElseThrow();
		model.addAttribute("profileForm", ProfileForm.of(profile));
		return page(me, profile, model);
	}

	/** Saves the profile; the signed-in principal follows on the next page (web's SignedInAccountFilter). */
	@PostMapping("/account")
	String save(@AuthenticationPrincipal PortalUser me, @Valid @ModelAttribute ProfileForm profileForm,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, accounts.findProfile(me.accountId()).orElseThrow(), model);
		}
		accounts.updateProfile(me.accountId(), profileForm.displayName(), profileForm.pronouns(),
				profileForm.language() == null ? Language.FRENCH : profileForm.language());
		redirect.addFlashAttribute("flash", "account.profile.saved");
		return "redirect:/account";
	}

	private static String page(PortalUser me, AccountProfile profile, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("profile", profile);
		model.addAttribute("deletionRequested", profile.deletionRequestedAt() != null);
		return "account/me";
	}

}
