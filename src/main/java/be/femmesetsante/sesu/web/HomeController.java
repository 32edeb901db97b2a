package be.femmesetsante.sesu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what the service offers. The privacy notice is the request module's (versioned). */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
