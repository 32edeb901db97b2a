package be.femmesetsante.sesu.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mon compte": who I am signed in as, in any role. */
@Controller
class MyAccountController {

	@GetMapping("/account")
	String show(@AuthenticationPrincipal PortalUser me, Model model) {
		model.addAttribute("me", me);
		return "account/me";
	}

}
