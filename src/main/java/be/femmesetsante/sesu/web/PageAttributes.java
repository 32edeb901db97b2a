package be.femmesetsante.sesu.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page, whichever module's controller rendered it. */
@ControllerAdvice
class PageAttributes {

	private final String contactEmail;

	PageAttributes(@Value("${sesu.contact.email}") String contactEmail) {
		this.contactEmail = contactEmail;
	}

	@ModelAttribute("contactEmail")
	String contactEmail() {
		return contactEmail;
	}

}
