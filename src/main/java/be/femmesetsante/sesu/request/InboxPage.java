package be.femmesetsante.sesu.request;

import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * One page of the inbox with the counts the tabs show: per status and "to decide", under the
 * same filters except the status and "to decide" ones, and in the same scope.
 */
public record InboxPage(Page<InboxRow> rows, Map<RequestStatus, Long> countsByStatus, long toDecideCount) {

	public long countOf(RequestStatus status) {
		return countsByStatus.getOrDefault(status, 0L);
	}

	public long totalCount() {
		return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}
}
