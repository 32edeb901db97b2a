package be.femmesetsante.sesu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: what the service offers, and the privacy notice. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

}
