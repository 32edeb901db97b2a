package be.femmesetsante.sesu.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(HttpSession session, Model model) {
		Object email = session.getAttribute(SecurityConfiguration.LAST_EMAIL);
		session.removeAttribute(SecurityConfiguration.LAST_EMAIL);
		model.addAttribute("email", email == null ? "" : email);
		return "account/login";
	}

}
