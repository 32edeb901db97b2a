package be.femmesetsante.sesu.messaging;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.EnumSet;
import java.util.Set;

import be.femmesetsante.sesu.shared.Brussels;
import be.femmesetsante.sesu.shared.Audience;
import be.femmesetsante.sesu.shared.Actor;
import be.femmesetsante.sesu.request.RequestPageSection;
import be.femmesetsante.sesu.request.SupportRequestView;

/**
 * The thread on a request's page: messages and documents in one list, oldest first, then the
 * forms to write and to share a file. The requester's organisation and the team only: partners
 * never read the thread (see {@link Audience#PARTNER}).
 */
@Component
@Order(10)
class ThreadSection implements RequestPageSection {


	private final Conversations conversations;

	ThreadSection(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public String fragment() {
		return "messaging/thread :: thread";
	}

	@Override
	public Set<Audience> audiences() {
		return EnumSet.of(Audience.TEAM, Audience.REQUESTER);
	}

	@Override
	public void addTo(Model model, Actor actor, SupportRequestView request) {
		Conversation conversation = conversations.threadOf(request);
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = Brussels.dateTimes(locale);
		List<Entry> entries = new ArrayList<>();
		conversation.messages()
			.forEach(m -> entries.add(new Entry(m.id(), false, m.authorDisplayName(), m.fromTeam(), m.postedAt(),
					format.format(m.postedAt()), m.body(), null, 0, 0)));
		conversation.documents()
			.forEach(d -> entries.add(new Entry(d.id(), true, d.uploaderDisplayName(), d.fromTeam(), d.uploadedAt(),
					format.format(d.uploadedAt()), null, d.fileName(), Math.max(1, (d.sizeBytes() + 1023) / 1024),
					d.sizeBytes() / (1024.0 * 1024.0))));
		entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::document).thenComparingLong(Entry::id));
		model.addAttribute("thread", new Thread(request.reference(), entries,
				actor.audience().usesThread() && !request.status().isEnded(), actor.audience().isRequester(),
				DocumentTypes.ACCEPT, request.status().isEnded()));
		if (!model.containsAttribute(ConversationController.MESSAGE_BODY)) {
			model.addAttribute(ConversationController.MESSAGE_BODY, "");
		}
	}

	/** What the fragment shows. {@code viewerIsOrganisation}: label the organisation's side "you". */
	record Thread(String reference, List<Entry> entries, boolean canWrite, boolean viewerIsOrganisation,
			String accept, boolean ended) {
	}

	/** A message ({@code document} false, with a body) or a document (with a name and a size). */
	record Entry(long id, boolean document, String author, boolean fromTeam, Instant at, String when, String body,
			String fileName, long sizeKb, double sizeMb) {

		public String isoAt() {
			return at.toString();
		}
	}
}
