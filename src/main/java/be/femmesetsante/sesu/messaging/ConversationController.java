package be.femmesetsante.sesu.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.account.PortalUser;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestNotFoundException;

/**
 * Posting on a request's thread and downloading its documents. Both posts redirect to the
 * request's page (post/redirect/get); a refusal comes back there as a flash message beside the
 * form, with the typed text still in it.
 */
@Controller
class ConversationController {

	/** Flash attributes the thread's section reads on the request page. */
	static final String MESSAGE_ERROR = "messageError";
	static final String MESSAGE_BODY = "messageBody";
	static final String DOCUMENT_ERROR = "documentError";

	private final Conversations conversations;

	ConversationController(Conversations conversations) {
		this.conversations = conversations;
	}

	/**
	 * Back to the request's page the person came from: the professional's page, or the team's
	 * casework page (partners never post).
	 */
	static String requestPage(PortalUser me, String reference) {
		String encoded = UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8);
		return me != null && Actor.of(me).audience().actsOnCases() ? "/casework/requests/" + encoded
				: "/requests/" + encoded;
	}

	@PostMapping("/requests/{reference}/messages")
	String post(@PathVariable String reference, @RequestParam(name = "body", required = false) String body,
			@AuthenticationPrincipal PortalUser me, RedirectAttributes redirect) {
		try {
			conversations.post(Actor.of(me), reference, body);
			redirect.addFlashAttribute("flash", "messaging.flash.posted");
			return "redirect:" + requestPage(me, reference) + "#messages";
		}
		catch (MessagingException ex) {
			redirect.addFlashAttribute(MESSAGE_ERROR, ex.messageKey());
			redirect.addFlashAttribute(MESSAGE_BODY, body == null ? "" : Conversations.clean(body));
			return "redirect:" + requestPage(me, reference) + "#message-form";
		}
	}

	@PostMapping("/requests/{reference}/documents")
	String upload(@PathVariable String reference,
			@RequestParam(name = "file", required = false) java.util.List<MultipartFile> files,
			@AuthenticationPrincipal PortalUser me, RedirectAttributes redirect) throws IOException {
		java.util.List<MultipartFile> chosen = files == null ? java.util.List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		java.util.List<InputStream> streams = new java.util.ArrayList<>();
		try {
			java.util.List<Conversations.Upload> uploads = new java.util.ArrayList<>();
			for (MultipartFile file : chosen) {
				InputStream in = file.getInputStream();
				streams.add(in);
				uploads.add(new Conversations.Upload(file.getOriginalFilename(), in));
			}
			conversations.shareAll(Actor.of(me), reference, uploads);
			redirect.addFlashAttribute("flash", chosen.size() > 1 ? "messaging.flash.sharedSeveral" : "messaging.flash.shared");
			return "redirect:" + requestPage(me, reference) + "#documents";
		}
		catch (MessagingException ex) {
			redirect.addFlashAttribute(DOCUMENT_ERROR, ex.messageKey());
			redirect.addFlashAttribute(DOCUMENT_ERROR + "Arguments", ex.getArguments());
			return "redirect:" + requestPage(me, reference) + "#document-form";
		}
		finally {
			for (InputStream in : streams) {
				in.close();
			}
		}
	}

	/**
	 * A document, as an attachment (never shown inline), with the type sniffed at upload and
	 * {@code nosniff}, so a browser never runs it as a page.
	 */
	@GetMapping("/requests/{reference}/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id,
			@AuthenticationPrincipal PortalUser me) {
		if (!id.matches("[0-9]{1,18}")) {
			throw new RequestNotFoundException();
		}
		DocumentFile file = conversations.download(Actor.of(me), reference, Long.parseLong(id))
			.orElseThrow(RequestNotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}


	/** Partners read threads but never write (the security configuration refuses them first). */
	@ExceptionHandler(MessagingException.class)
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
