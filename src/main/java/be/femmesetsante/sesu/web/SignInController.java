package be.femmesetsante.sesu.web;

import be.femmesetsante.sesu.account.EmailLinkSignIn;
import be.femmesetsante.sesu.account.SignInThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages. Spring Security handles the POSTs that succeed: the password form, the request
 * for a link ({@code /login/link}) and the link's confirmation ({@code /login/ott}).
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(HttpSession session, Model model) {
		Object email = session.getAttribute(SecurityConfiguration.LAST_EMAIL);
		session.removeAttribute(SecurityConfiguration.LAST_EMAIL);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("linkEmail", "");
		return "account/login";
	}

	/**
	 * Reached only when no link was made: the address cannot be one (the form says so, with what
	 * was typed), or too many links were asked for (a page says when to try again).
	 */
	@PostMapping("/login/link")
	String linkNotSent(@RequestParam(name = "username", defaultValue = "") String typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (request.getAttribute(EmailLinkSignIn.THROTTLED) instanceof SignInThrottle.Verdict verdict) {
			response.setStatus(429);
			model.addAttribute("minutes", verdict.minutesToWait());
			return "account/link-throttled";
		}
		model.addAttribute("email", "");
		model.addAttribute("linkEmail", typed.length() > 320 ? typed.substring(0, 320) : typed);
		model.addAttribute("linkError", true);
		return "account/login";
	}

	@GetMapping("/login/link-sent")
	String linkSent() {
		return "account/link-sent";
	}

	/** The page an e-mailed link opens: one button signs in, so a mail scanner opening it uses nothing up. */
	@GetMapping("/login/ott")
	String confirmLink(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "account/link-confirm";
	}

}
