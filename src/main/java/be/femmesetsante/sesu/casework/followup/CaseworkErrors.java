package be.femmesetsante.sesu.casework.followup;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import be.femmesetsante.sesu.request.RequestNotFoundException;

/** A request, workshop or action outside someone's scope reads exactly like a missing one: 404. */
@ControllerAdvice(basePackages = { "be.femmesetsante.sesu.casework.consultation",
		"be.femmesetsante.sesu.casework.workshop", "be.femmesetsante.sesu.casework.followup",
		"be.femmesetsante.sesu.casework.dashboard" })
class CaseworkErrors {

	@ExceptionHandler(RequestNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
