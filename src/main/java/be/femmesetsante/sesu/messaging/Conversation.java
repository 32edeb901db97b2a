package be.femmesetsante.sesu.messaging;

import java.util.List;

/** A request's thread: its messages and documents, each oldest first. */
public record Conversation(List<MessageView> messages, List<DocumentView> documents) {
}
