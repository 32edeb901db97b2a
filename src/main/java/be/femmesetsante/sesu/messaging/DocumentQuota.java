package be.femmesetsante.sesu.messaging;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may hold in documents, all senders together: at most
 * {@code sesu.limits.document-size-per-request} (200 MB) and
 * {@code sesu.limits.documents-per-request} (100 documents). Besides the per-sending limits (five
 * documents of 10 MB) and the per-person hourly limit ({@code sesu.limits.uploads-per-hour}), it
 * keeps one request from filling the database, whoever sends.
 * <p>
 * The check runs inside the storing transaction, after a transaction-scoped PostgreSQL advisory
 * lock on the request: two sendings to one request at the same moment, on any node, are counted
 * one after the other, so together they never pass the limit.
 */
@Component
class DocumentQuota {

	/** The advisory lock's first key: "documents of a request" (the second is the request's id). */
	private static final int LOCK_SPACE = 0x5E5D0C;

	private final JdbcClient jdbc;

	private final long maxBytes;

	private final int maxCount;

	DocumentQuota(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.maxBytes = environment
			.getProperty("sesu.limits.document-size-per-request", DataSize.class, DataSize.ofMegabytes(200))
			.toBytes();
		this.maxCount = environment.getProperty("sesu.limits.documents-per-request", Integer.class, 100);
	}

	/** What a request holds already, counted under the request's lock (held until the transaction ends). */
	Usage lockAndCount(long requestId) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) requestId).query().listOfRows();
		return jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from request_document where request_id = ?")
			.param(requestId)
			.query((rs, n) -> new Usage(rs.getInt(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Refuses one more document of this size when the request would then hold more than allowed.
	 *
	 * @throws MessagingException with the request's use and the limit, in MB, and what to do instead
	 */
	void check(Usage usage, long size) {
		if (usage.count() + 1 > maxCount) {
			throw new MessagingException(MessagingException.REQUEST_FULL_COUNT, maxCount);
		}
		if (usage.bytes() + size > maxBytes) {
			throw new MessagingException(MessagingException.REQUEST_FULL_SIZE, megabytes(usage.bytes()),
					megabytes(maxBytes));
		}
	}

	private static double megabytes(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	/** A request's documents: how many, and their bytes together. */
	record Usage(int count, long bytes) {

		Usage plus(long size) {
			return new Usage(count + 1, bytes + size);
		}

	}

}
