package be.femmesetsante.sesu.messaging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents are always looked up with their request's id, already checked against the reader's scope. */
interface SharedDocumentRepository extends JpaRepository<SharedDocument, Long> {

	@Query("select new be.femmesetsante.sesu.messaging.DocumentView(d.id, d.uploaderAccountId, d.uploaderDisplayName,"
			+ " d.fromTeam, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt) from SharedDocument d"
			+ " where d.requestId = :requestId order by d.uploadedAt, d.id")
	List<DocumentView> findViews(long requestId);

	Optional<SharedDocument> findByIdAndRequestId(Long id, long requestId);
}
