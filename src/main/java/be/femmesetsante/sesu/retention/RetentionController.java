package be.femmesetsante.sesu.retention;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;

/**
 * The admin's retention page: the period, what a run would anonymise tonight, a button to run now,
 * and the log of past runs. ADMIN only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

	static final String VIEW = "retention/retention";

	private final Retention retention;

	RetentionController(Retention retention) {
		this.retention = retention;
	}

	/** The period form: a number of months. */
	record PeriodForm(Integer months) {
	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("periodForm")) {
			model.addAttribute("periodForm", new PeriodForm(retention.months()));
		}
		return render(model);
	}

	@PostMapping("/period")
	String period(@AuthenticationPrincipal PortalUser admin, @ModelAttribute("periodForm") PeriodForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				retention.changeMonths(form.months() == null ? 0 : form.months(), admin.accountId());
				redirect.addFlashAttribute("flash", "retention.period.saved");
				return "redirect:/admin/retention";
			}
			catch (RetentionException ex) {
				ex.rejectOn(errors, Map.of());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(model);
	}

	@PostMapping("/run")
	String run(@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		retention.run(Retention.StartedBy.ADMIN, admin.accountId());
		redirect.addFlashAttribute("flash", "retention.run.done");
		return "redirect:/admin/retention#runs";
	}

	private String render(Model model) {
		model.addAttribute("preview", retention.preview());
		model.addAttribute("runs", retention.runs(20));
		return VIEW;
	}
}
