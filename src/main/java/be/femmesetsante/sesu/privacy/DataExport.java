package be.femmesetsante.sesu.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import be.femmesetsante.sesu.account.Accounts;
import be.femmesetsante.sesu.account.Role;
import be.femmesetsante.sesu.messaging.Conversation;
import be.femmesetsante.sesu.messaging.Conversations;
import be.femmesetsante.sesu.messaging.DocumentView;
import be.femmesetsante.sesu.organisation.Organisations;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.shared.CaseRead;
import be.femmesetsante.sesu.request.RequestDetails;
import be.femmesetsante.sesu.request.RequestSummary;
import be.femmesetsante.sesu.request.SupportRequests;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mes données": a ZIP with what the portal holds about a professional and their organisation's
 * requests: {@code account.json}, {@code organisation.json}, {@code requests.json} (each with its
 * history), {@code messages.json} (messages and the documents' descriptions, per request) and the
 * files under {@code documents/<reference>/}. Every read goes through the other modules' doors with
 * the professional as actor, so nothing outside their organisation can get in.
 */
@Service
class DataExport {

	private final Accounts accounts;
	private final Organisations organisations;
	private final SupportRequests requests;
	private final Conversations conversations;
	private final ObjectWriter json;

	DataExport(Accounts accounts, Organisations organisations, SupportRequests requests, Conversations conversations,
			JsonMapper jsonMapper) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.requests = requests;
		this.conversations = conversations;
		this.json = jsonMapper.writerWithDefaultPrettyPrinter();
	}

	/** Writes the professional's ZIP to {@code out}; files are added one at a time. */
	void write(Actor actor, OutputStream out) throws IOException {
		if (!actor.audience().isRequester()) {
			throw new IllegalArgumentException("Only professionals export their data");
		}
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "account.json", json.writeValueAsBytes(accounts.findProfile(actor.accountId()).orElse(null)));
			put(zip, "organisation.json", json.writeValueAsBytes(actor.organisationId() == null ? null
					: organisations.findById(actor.organisationId()).orElse(null)));
			List<RequestDetails> details = new ArrayList<>();
			List<Map<String, Object>> threads = new ArrayList<>();
			for (RequestSummary summary : requests.listVisible(actor, Pageable.unpaged())) {
				RequestDetails request = requests.findVisible(actor, summary.id(), CaseRead.Access.EXPORT, "requests.json").orElse(null);
				Conversation conversation = conversations.exportFor(actor, summary.id()).orElse(null);
				if (request == null || conversation == null) {
					continue;
				}
				details.add(request);
				List<Map<String, Object>> documents = new ArrayList<>();
				for (DocumentView document : conversation.documents()) {
					String path = "documents/" + request.request().reference() + "/" + document.id() + "-"
							+ safeName(document.fileName());
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("document", document);
					entry.put("file", path);
					documents.add(entry);
					conversations.documentFor(actor, summary.id(), document.id())
						.ifPresent(file -> put(zip, path, file.content()));
				}
				Map<String, Object> thread = new LinkedHashMap<>();
				thread.put("reference", request.request().reference());
				thread.put("messages", conversation.messages());
				thread.put("documents", documents);
				threads.add(thread);
			}
			put(zip, "requests.json", json.writeValueAsBytes(details));
			put(zip, "messages.json", json.writeValueAsBytes(threads));
		}
	}

	/** A name safe in any unzip tool: ASCII letters, digits, dot, dash and underscore, no leading dot. */
	static String safeName(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
		if (safe.length() > 120) {
			safe = safe.substring(safe.length() - 120);
		}
		return safe.isEmpty() ? "document" : safe;
	}

	private static void put(ZipOutputStream zip, String path, byte[] content) {
		try {
			zip.putNextEntry(new ZipEntry(path));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
