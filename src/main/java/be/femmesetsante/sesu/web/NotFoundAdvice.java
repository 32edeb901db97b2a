package be.femmesetsante.sesu.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import be.femmesetsante.sesu.shared.NotFoundException;

/**
 * One answer for whatever is missing or outside someone's scope, on every page of every module: the
 * portal's 404 page. So another organisation's request, message, document, workshop or session
 * reads exactly like one that does not exist.
 */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
