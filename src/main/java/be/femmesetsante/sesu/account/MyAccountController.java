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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon compte": who I am signed in as, in any role; my name, pronouns and the language of my mails;
 * for professionals, asking to delete the account (handled by the privacy module); for staff,
 * partners and admins, their passkeys ("Clés d'accès": adding one is done by {@code /js/passkeys.js}
 * with Spring Security's endpoints, removing one here, after a confirmation page).
 */
@Controller
class MyAccountController {

	private final Accounts accounts;

	private final Passkeys passkeys;

	MyAccountController(Accounts accounts, Passkeys passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
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

	/** "Supprimer cette clé d'accès ?": the confirmation, a page of its own (works without script). */
	@GetMapping("/account/passkeys/{id}/delete")
	String confirmPasskeyRemoval(@AuthenticationPrincipal PortalUser me, @PathVariable String id, Model model) {
		Passkeys.Passkey passkey = passkeys.find(me, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("passkey", passkey);
		return "account/passkey-delete";
	}

	@PostMapping("/account/passkeys/{id}/delete")
	String removePasskey(@AuthenticationPrincipal PortalUser me, @PathVariable String id, RedirectAttributes redirect) {
		if (!passkeys.remove(me, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "account.passkeys.removed");
		return "redirect:/account";
	}

	private String page(PortalUser me, AccountProfile profile, Model model) {
		if (me.role() != Role.PROFESSIONAL) {
			model.addAttribute("passkeys", passkeys.of(me));
			model.addAttribute("passkeyLabelMax", Passkeys.LABEL_MAX_LENGTH);
		}
		model.addAttribute("me", me);
		model.addAttribute("profile", profile);
		model.addAttribute("deletionRequested", profile.deletionRequestedAt() != null);
		return "account/me";
	}

}
