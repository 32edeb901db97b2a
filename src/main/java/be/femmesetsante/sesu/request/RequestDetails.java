package be.femmesetsante.sesu.request;

import java.util.List;

/** A request's page: the request and its history, oldest first. */
public record RequestDetails(SupportRequestView request, List<HistoryEntryView> history) {
}
