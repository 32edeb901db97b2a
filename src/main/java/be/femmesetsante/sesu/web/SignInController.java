package be.femmesetsante.sesu.web;

import java.util.Optional;

import be.femmesetsante.sesu.account.EmailLinkSignIn;
import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.account.SignInThrottle;
import be.femmesetsante.sesu.account.StaffSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages. Spring Security handles the POSTs that succeed: the password form, the request
 * for a link ({@code /login/link}), and {@code /login/ott}, which takes a professional's link or the
 * team's second-factor code.
 */
@Controller
class SignInController {

	private final StaffSignIn staffSignIn;

	private final SignInThrottle throttle;

	SignInController(StaffSignIn staffSignIn, SignInThrottle throttle) {
		this.staffSignIn = staffSignIn;
		this.throttle = throttle;
	}

	@GetMapping("/login")
	String signIn(HttpSession session, HttpServletResponse response, Model model) {
		Object email = session.getAttribute(SecurityConfiguration.LAST_EMAIL);
		session.removeAttribute(SecurityConfiguration.LAST_EMAIL);
		Object throttledMinutes = session.getAttribute(SecurityConfiguration.PASSWORD_THROTTLED);
		session.removeAttribute(SecurityConfiguration.PASSWORD_THROTTLED);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("linkEmail", "");
		model.addAttribute("throttledMinutes", throttledMinutes);
		if (throttledMinutes != null) {
			// The password form was refused before any check: the friendly page answers 429, like the code's limits.
			response.setStatus(429);
		}
		return "account/login";
	}

	/**
	 * The second step of the team's sign-in: type the code mailed to the account. Only for someone
	 * who has just passed their password; anyone else starts at the sign-in page.
	 */
	@GetMapping(StaffSignIn.CODE_PAGE)
	String codePage(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			HttpSession session, Model model) {
		Optional<PortalUser> awaiting = StaffSignIn.awaitingSecondFactor(authentication);
		if (awaiting.isEmpty()) {
			return "redirect:/login";
		}
		model.addAttribute("maskedEmail", mask(awaiting.get().email()));
		model.addAttribute("codeError", request.getParameter("error") != null);
		// Too many codes asked for, or too many wrong ones: the friendly page says when to try again.
		if (session.getAttribute(StaffSignIn.CODE_THROTTLED) instanceof Long minutes) {
			session.removeAttribute(StaffSignIn.CODE_THROTTLED);
			response.setStatus(429);
			model.addAttribute("minutes", minutes);
		}
		if (session.getAttribute(StaffSignIn.WRONG_CODES_THROTTLED) instanceof Long minutes) {
			session.removeAttribute(StaffSignIn.WRONG_CODES_THROTTLED);
			response.setStatus(429);
			model.addAttribute("wrongMinutes", minutes);
		}
		return "account/code";
	}

	/** A new code, to the same account's address only; as limited as sign-in links are. */
	@PostMapping(StaffSignIn.CODE_PAGE + "/resend")
	String resendCode(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<PortalUser> awaiting = StaffSignIn.awaitingSecondFactor(authentication);
		if (awaiting.isEmpty()) {
			return "redirect:/login";
		}
		SignInThrottle.Verdict verdict = staffSignIn.sendCode(awaiting.get(), request);
		if (!verdict.allowed()) {
			response.setStatus(429);
			model.addAttribute("minutes", verdict.minutesToWait());
			model.addAttribute("maskedEmail", mask(awaiting.get().email()));
			model.addAttribute("codeError", false);
			return "account/code";
		}
		return "redirect:" + StaffSignIn.CODE_PAGE + "?resent";
	}

	/** "c•••••e@femmesetsante.be": enough to recognise one's address on a shared screen, not to read it. */
	static String mask(String email) {
		int at = email.indexOf('@');
		if (at < 2) {
			return email;
		}
		return email.charAt(0) + "•".repeat(Math.min(at - 2, 6)) + email.charAt(at - 1) + email.substring(at);
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

	/**
	 * "Rester connecté·e", from the warning shown before the idle timeout ends the session. A page only
	 * writes its session's last access once a minute ({@link SessionStore}); here it is written now,
	 * noted in the session so that the store sees a change. The script of that warning posts here in
	 * the background (204); without script, the button posts the form and comes back to the page it
	 * was on (a path of this site only).
	 */
	@PostMapping("/session/extend")
	ResponseEntity<Void> extendSession(@RequestParam(defaultValue = "") String back, HttpServletRequest request) {
		request.getSession().setAttribute(SessionStore.EXTENDED_AT, System.currentTimeMillis());
		if (back.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && back.length() <= 2000
				&& back.chars().noneMatch(Character::isISOControl);
		URI target = URI.create(request.getContextPath() + "/");
		if (local) {
			try {
				target = URI.create(request.getContextPath() + back);
			}
			catch (IllegalArgumentException notAnAddress) {
				// stays the home page
			}
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(target).build();
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
