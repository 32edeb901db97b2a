package be.femmesetsante.sesu.casework;

import java.util.Map;

import org.springframework.data.domain.Page;

import be.femmesetsante.sesu.request.RequestStatus;

/**
 * One page of the inbox with the counts the tabs show: per status and "to decide", under the
 * same filters except the status and "to decide" ones, and in the same scope.
 */
record InboxPage(Page<InboxRow> rows, Map<RequestStatus, Long> countsByStatus, long toDecideCount) {

	public long countOf(RequestStatus status) {
		return countsByStatus.getOrDefault(status, 0L);
	}

	public long totalCount() {
		return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
	}
}
