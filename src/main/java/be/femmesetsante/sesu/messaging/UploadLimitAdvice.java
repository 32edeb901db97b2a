package be.femmesetsante.sesu.messaging;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

import be.femmesetsante.sesu.account.PortalUser;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file above the multipart limits is refused while the request is read, before any controller
 * runs. Instead of an error page, the person goes back to the request's page with the same clear
 * message as for a file just above 10 MB (the page itself checks who may see it).
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Pattern UPLOAD = Pattern.compile("/requests/(SESU-[0-9]{4}-[0-9]{4,9})/documents");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher upload = UPLOAD.matcher(path);
		if (!upload.matches()) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return null;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put(ConversationController.DOCUMENT_ERROR, MessagingException.FILE_TOO_LARGE);
		RequestContextUtils.getOutputFlashMap(request)
			.put(ConversationController.DOCUMENT_ERROR + "Arguments", new Object[] { Conversations.MAX_DOCUMENT_BYTES / (1024 * 1024) });
		PortalUser me = SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof PortalUser user ? user : null;
		return "redirect:" + ConversationController.requestPage(me, upload.group(1)) + "#document-form";
	}
}
