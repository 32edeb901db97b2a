package be.femmesetsante.sesu.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.femmesetsante.sesu.account.ActivityLimits;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.CaseRead;
import be.femmesetsante.sesu.request.RequestNotFoundException;
import be.femmesetsante.sesu.request.SupportRequestView;
import be.femmesetsante.sesu.request.SupportRequests;

/**
 * The messaging module's door. Every call first finds the request through
 * {@link SupportRequests}, in the actor's scope, and then reads or writes only rows of that
 * request: a request, message or document outside the actor's scope is
 * {@link RequestNotFoundException not found}, exactly like one that does not exist.
 * The thread is the requester's exchange with the team: professionals of the request's
 * organisation and staff read and write it; partners and admins never reach it (see
 * {@link be.femmesetsante.sesu.shared.Audience#usesThread()}).
 */
@Service
@Transactional(readOnly = true)
public class Conversations {

	/** The largest document accepted: 10 MB. The multipart limits sit a little above it. */
	public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

	private final SupportRequests requests;
	private final MessageRepository messages;
	private final SharedDocumentRepository documents;
	private final DocumentContentRepository contents;
	private final ApplicationEventPublisher events;
	private final DocumentTypes types = new DocumentTypes();
	private final Clock clock;
	private final ActivityLimits limits;
	private final DocumentQuota quota;

	Conversations(SupportRequests requests, MessageRepository messages, SharedDocumentRepository documents,
			DocumentContentRepository contents, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			ActivityLimits limits, DocumentQuota quota) {
		this.limits = limits;
		this.quota = quota;
		this.requests = requests;
		this.messages = messages;
		this.documents = documents;
		this.contents = contents;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Posts a plain-text message. NUL and other control characters (but tabs and line breaks) are
	 * removed; the text is stored as typed otherwise and escaped when shown.
	 *
	 * @throws RequestNotFoundException when the actor may not see the request
	 * @throws MessagingException when the actor may only read, or the text is empty or too long
	 */
	@Transactional
	public MessageView post(Actor actor, String reference, String text) {
		SupportRequestView request = open(visible(actor, reference));
		Author author = Author.of(actor);
		String body = clean(text);
		if (body.isEmpty()) {
			throw new MessagingException(MessagingException.EMPTY);
		}
		if (body.codePointCount(0, body.length()) > Message.BODY_MAX) {
			throw new MessagingException(MessagingException.TOO_LONG, Message.BODY_MAX);
		}
		limits.take(ActivityLimits.Activity.MESSAGE, actor.accountId());
		Message message = messages.save(new Message(request.id(), author, body, clock.instant()));
		events.publishEvent(new MessagePosted(request.id(), request.reference(), request.region(),
				request.requesterAccountId(), author.accountId(), author.fromTeam(), message.postedAt()));
		return new MessageView(message.id(), author.accountId(), author.displayName(), author.fromTeam(), body,
				message.postedAt());
	}

	/**
	 * Shares a document on a request, once its size and its content type are checked.
	 *
	 * @param fileName the name the browser sent; only its last path segment is kept
	 * @throws RequestNotFoundException when the actor may not see the request
	 * @throws MessagingException when the actor may only read, or the file is empty, too large or
	 *         not of an accepted type
	 */
	@Transactional
	public DocumentView share(Actor actor, String reference, String fileName, InputStream file) throws IOException {
		SupportRequestView request = open(visible(actor, reference));
		return store(actor, request, fileName, file, quota.lockAndCount(request.id()));
	}

	/**
	 * Checks and stores one document, once the request's lock is held and what it holds is counted
	 * ({@code usage}): over the request's total ({@link DocumentQuota}) it is refused like any other.
	 */
	private DocumentView store(Actor actor, SupportRequestView request, String fileName, InputStream file,
			DocumentQuota.Usage usage) throws IOException {
		Author author = Author.of(actor);
		// One byte more than allowed is enough to know it is too large; nothing bigger is held in memory.
		byte[] content = file == null ? new byte[0] : file.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
		if (content.length == 0) {
			throw new MessagingException(MessagingException.FILE_MISSING);
		}
		checkSize(content.length);
		String name = cleanFileName(fileName);
		if (name.isEmpty() || name.startsWith(".")) {
			throw new MessagingException(MessagingException.FILE_NAME);
		}
		if (DocumentTypes.isMacroCapable(name)) {
			throw new MessagingException(MessagingException.FILE_MACRO);
		}
		String type = types.sniff(content, name)
			.orElseThrow(() -> new MessagingException(MessagingException.FILE_TYPE));
		quota.check(usage, content.length);
		limits.take(ActivityLimits.Activity.UPLOAD, actor.accountId());
		String sha256 = sha256(content);
		SharedDocument document = documents.save(new SharedDocument(request.id(), author, name, type, content.length,
				sha256, clock.instant()));
		contents.save(new DocumentContent(document.id(), content));
		events.publishEvent(new DocumentShared(request.id(), request.reference(), request.region(),
				request.requesterAccountId(), author.accountId(),
				author.fromTeam(), document.uploadedAt()));
		return new DocumentView(document.id(), author.accountId(), author.displayName(), author.fromTeam(), name, type,
				content.length, sha256, document.uploadedAt());
	}

	/**
	 * The thread of an ended request (closed, declined, redirected, withdrawn) is kept to be read,
	 * not written in: a new question is a new request (or the team reopens a closed one).
	 */
	private static SupportRequestView open(SupportRequestView request) {
		if (request.status().isEnded()) {
			throw new MessagingException(MessagingException.ENDED);
		}
		return request;
	}

	/** A file as the browser sent it. */
	public record Upload(String fileName, InputStream content) {
	}

	/** How many documents one sending may hold. */
	public static final int FILES_MAX = 5;

	/**
	 * Shares several documents in one go: all of them, or none when one is refused (the same
	 * checks as {@link #share}, each file on its own, and the request's total with all of them).
	 */
	@Transactional
	public List<DocumentView> shareAll(Actor actor, String reference, List<Upload> uploads) throws IOException {
		// Who may write here first: another's request is a 404, whatever is sent.
		SupportRequestView request = open(visible(actor, reference));
		if (uploads.isEmpty()) {
			throw new MessagingException(MessagingException.FILE_MISSING);
		}
		if (uploads.size() > FILES_MAX) {
			throw new MessagingException(MessagingException.TOO_MANY_FILES, FILES_MAX);
		}
		DocumentQuota.Usage usage = quota.lockAndCount(request.id());
		List<DocumentView> shared = new java.util.ArrayList<>();
		for (Upload upload : uploads) {
			DocumentView document = store(actor, request, upload.fileName(), upload.content(), usage);
			usage = usage.plus(document.sizeBytes());
			shared.add(document);
		}
		return shared;
	}

	/** Refuses a file larger than {@link #MAX_DOCUMENT_BYTES}, before its bytes are read. */
	public static void checkSize(long size) {
		if (size > MAX_DOCUMENT_BYTES) {
			throw new MessagingException(MessagingException.FILE_TOO_LARGE, MAX_DOCUMENT_BYTES / (1024 * 1024));
		}
	}

	/** A document of a request the actor may see; empty for any other id. The read is audited. */
	@Transactional
	public Optional<DocumentFile> download(Actor actor, String reference, long documentId) {
		SupportRequestView request = visible(actor, reference, CaseRead.Access.DOCUMENT, "document " + documentId);
		return file(request.id(), documentId);
	}

	/** The thread of a request the actor may see (by id), for the request's page and the data export. */
	@Transactional
	public Optional<Conversation> exportFor(Actor actor, long requestId) {
		if (!actor.audience().usesThread()) {
			return Optional.empty();
		}
		return requests.findVisible(actor, requestId, CaseRead.Access.EXPORT, "thread").map(details -> threadOf(details.request()));
	}

	/** A document's bytes, for the data export; empty unless the request is in the actor's scope. */
	@Transactional
	public Optional<DocumentFile> documentFor(Actor actor, long requestId, long documentId) {
		if (!actor.audience().usesThread()) {
			return Optional.empty();
		}
		return requests.findVisible(actor, requestId, CaseRead.Access.EXPORT, "document " + documentId).flatMap(details -> file(details.request().id(), documentId));
	}

	/** The thread of a request whose access was checked already (the request page's section). */
	Conversation threadOf(SupportRequestView request) {
		return new Conversation(messages.findViews(request.id()), documents.findViews(request.id()));
	}

	private Optional<DocumentFile> file(long requestId, long documentId) {
		return documents.findByIdAndRequestId(documentId, requestId)
			.flatMap(document -> contents.findById(document.id())
				.map(content -> new DocumentFile(document.id(), document.fileName(), document.contentType(),
						content.content())));
	}

	/** The request, when the actor may use its thread (its organisation and the team); else not found. */
	private SupportRequestView visible(Actor actor, String reference) {
		return visible(actor, reference, CaseRead.Access.PAGE, null);
	}

	private SupportRequestView visible(Actor actor, String reference, CaseRead.Access access, String detail) {
		if (reference == null || reference.length() > 20 || !actor.audience().usesThread()) {
			throw new RequestNotFoundException();
		}
		return requests.findByReference(actor, reference, access, detail)
			.orElseThrow(RequestNotFoundException::new)
			.request();
	}

	/** Drops NUL and other control characters except tab and line breaks, and trims. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))
			.forEach(kept::appendCodePoint);
		return kept.toString().strip();
	}

	/** The last segment of the name the browser sent, without control characters, at most 255 chars. */
	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		if (name.length() > 255) {
			String extension = DocumentTypes.extension(name);
			// An extension no accepted type has (none is longer than four letters) is cut with the
			// rest: the type check then refuses the file with its message.
			name = extension.length() > 16 ? name.substring(0, 255)
					: name.substring(0, 254 - extension.length()) + "." + extension;
		}
		return name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
