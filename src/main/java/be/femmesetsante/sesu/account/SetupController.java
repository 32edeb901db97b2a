package be.femmesetsante.sesu.account;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.util.Objects;

/** The page behind the one-time link printed at first start: the first admin creates their account. */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstAdminSetup setup;

	SetupController(FirstAdminSetup setup) {
		this.setup = setup;
	}

	@GetMapping
	String form(@RequestParam(required = false) String token, Model model) {
		requireUsable(token);
		model.addAttribute("token", token);
		model.addAttribute("presetEmail", setup.presetEmail());
		model.addAttribute("setupForm", SetupForm.empty(setup.presetEmail()));
		return "account/setup";
	}

	@PostMapping
	String create(@RequestParam(required = false) String token, @Valid @ModelAttribute SetupForm setupForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		requireUsable(token);
		String email = setup.presetEmail().isEmpty() ? setupForm.email() : setup.presetEmail();
		PasswordPolicy.problemWith(setupForm.password(), email)
			.ifPresent(problem -> errors.rejectValue("password", problem));
		if (!Objects.equals(setupForm.password(), setupForm.passwordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "account.password.mismatch");
		}
		if (errors.hasErrors()) {
			model.addAttribute("token", token);
			model.addAttribute("presetEmail", setup.presetEmail());
			return "account/setup";
		}
		try {
			setup.createFirstAdmin(token, setupForm.email(), setupForm.displayName(), setupForm.password());
		}
		catch (FirstAdminSetup.SetupLinkUnusableException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "account.setup.done");
		return "redirect:/login";
	}

	/** An expired, used or unknown link looks like a page that does not exist. */
	private void requireUsable(String token) {
		if (!setup.isUsable(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
