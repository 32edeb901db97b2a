package be.femmesetsante.sesu.account;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation's link opens: the invited person sets their name and password, then signs
 * in at /login with the password and the mailed code, like the first admin after set-up.
 */
@Controller
@RequestMapping("/invitation")
class InvitationController {

	private final AccountAdministration administration;

	InvitationController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String form(@RequestParam(required = false) String token, Model model) {
		AccountRow invited = usable(token);
		model.addAttribute("invitationForm", new InvitationForm(invited.displayName(), "", ""));
		return page(token, invited, model);
	}

	@PostMapping
	String accept(@RequestParam(required = false) String token, @Valid @ModelAttribute InvitationForm invitationForm,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AccountRow invited = usable(token);
		PasswordPolicy.problemWith(invitationForm.password(), invited.email())
			.ifPresent(problem -> errors.rejectValue("password", problem));
		if (!Objects.equals(invitationForm.password(), invitationForm.passwordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "account.password.mismatch");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(token, invited, model);
		}
		if (!administration.acceptInvitation(token, invitationForm.displayName(), invitationForm.password())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "account.invitation.done");
		return "redirect:/login";
	}

	private static String page(String token, AccountRow invited, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invited", invited);
		return "account/invitation";
	}

	/** An expired, used or unknown link looks like a page that does not exist. */
	private AccountRow usable(String token) {
		return administration.invited(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
