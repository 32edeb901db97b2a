package be.femmesetsante.sesu.request;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.NotFoundException;

/**
 * The privacy notice: {@code /privacy} shows the version in force, {@code /privacy/{version}} an
 * earlier one (a request links to the version it was sent under); admins publish a new version at
 * {@code /admin/privacy}.
 */
@Controller
class PrivacyNoticeController {

	private final PrivacyNotices notices;

	PrivacyNoticeController(PrivacyNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/privacy")
	String current(Model model, Locale locale) {
		return page(notices.current(), true, model, locale);
	}

	@GetMapping("/privacy/{version}")
	String version(@PathVariable String version, Model model, Locale locale) {
		PrivacyNotice notice = notices.find(version).orElseThrow(NotFoundException::new);
		return page(notice, notice.number() == notices.current().number(), model, locale);
	}

	private static String page(PrivacyNotice notice, boolean current, Model model, Locale locale) {
		model.addAttribute("notice", notice);
		model.addAttribute("blocks", notice.blocks(locale));
		model.addAttribute("publishedOn", notice.publishedAt().atZone(Brussels.ZONE));
		model.addAttribute("isCurrent", current);
		return "privacy";
	}

	/** What an admin types: both texts, and the number of the version they started from. */
	record PublishForm(@NotNull Integer basedOn,
			@NotBlank(message = "{privacyAdmin.error.text.required}") String textFr,
			@NotBlank(message = "{privacyAdmin.error.text.required}") String textEn) {
	}

	@GetMapping("/admin/privacy")
	String admin(Model model) {
		PrivacyNotice current = notices.current();
		model.addAttribute("publishForm", new PublishForm(current.number(), current.textFr(), current.textEn()));
		return adminPage(model);
	}

	@PostMapping("/admin/privacy")
	String publish(@Valid @ModelAttribute("publishForm") PublishForm form, BindingResult errors,
			@AuthenticationPrincipal PortalUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				PrivacyNotice published = notices.publish(user.accountId(), form.basedOn(), form.textFr(), form.textEn());
				redirect.addFlashAttribute("flash", "privacyAdmin.published");
				redirect.addFlashAttribute("publishedVersion", published.version());
				return "redirect:/admin/privacy";
			}
			catch (PrivacyNoticeException ex) {
				ex.rejectOn(errors, Map.of());
			}
		}
		response.setStatus(422);
		return adminPage(model);
	}

	private String adminPage(Model model) {
		model.addAttribute("versions", notices.all()
			.stream()
			.map(n -> new VersionRow(n.version(), n.publishedAt().atZone(Brussels.ZONE)))
			.toList());
		model.addAttribute("current", notices.current());
		return "admin/privacy";
	}

	record VersionRow(String version, ZonedDateTime publishedOn) {
	}
}
