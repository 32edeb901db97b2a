package be.femmesetsante.sesu.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;

/**
 * The "delete my account" form of "Mon compte": the person ticks that they understand, and is told
 * whether it was done now (signed out, home page) or will be when their last request ends.
 */
@Controller
class AccountDeletionController {

	private final AccountDeletion deletion;

	AccountDeletionController(AccountDeletion deletion) {
		this.deletion = deletion;
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal PortalUser me, @RequestParam(required = false) String confirm,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("deletionError", "account.deletion.confirm.required");
			return "redirect:/account#deletion-form";
		}
		AccountDeletion.Outcome outcome = deletion.ask(me.accountId());
		if (outcome == AccountDeletion.Outcome.DELETED) {
			SecurityContextHolder.clearContext();
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			// A new session, only to carry the message to the home page.
			request.getSession(true);
			redirect.addFlashAttribute("flash", "account.deletion.done");
			return "redirect:/";
		}
		redirect.addFlashAttribute("flash", "account.deletion.scheduled");
		return "redirect:/account";
	}

}
