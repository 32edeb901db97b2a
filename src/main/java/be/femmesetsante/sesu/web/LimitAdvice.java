package be.femmesetsante.sesu.web;

import jakarta.servlet.http.HttpServletResponse;

import be.femmesetsante.sesu.account.LimitReachedException;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A person over one of their limits (documents or messages per hour, requests per day), on any page:
 * HTTP 429 with a page saying what was limited and when to try again; nothing was done.
 */
@ControllerAdvice
class LimitAdvice {

	@ExceptionHandler(LimitReachedException.class)
	String limitReached(LimitReachedException ex, HttpServletResponse response, Model model) {
		long minutes = Math.max(1, (ex.retryAfter().toSeconds() + 59) / 60);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		model.addAttribute("limitMessage", ex.messageKey());
		model.addAttribute("retryMinutes", minutes);
		return "limit-reached";
	}

}
