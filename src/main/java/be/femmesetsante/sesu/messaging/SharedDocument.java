package be.femmesetsante.sesu.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document's description. Its bytes live in {@link DocumentContent}, another table, so that
 * showing a thread never loads a file.
 */
@Entity
@Table(name = "request_document")
class SharedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private long requestId;

	@Column(name = "uploader_account_id", nullable = false, updatable = false)
	private long uploaderAccountId;

	@Column(name = "uploader_display_name", nullable = false, updatable = false, length = 200)
	private String uploaderDisplayName;

	@Column(name = "from_team", nullable = false, updatable = false)
	private boolean fromTeam;

	@Column(name = "file_name", nullable = false, updatable = false, length = 255)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected SharedDocument() {
	}

	SharedDocument(long requestId, Author author, String fileName, String contentType, long sizeBytes, String sha256,
			Instant uploadedAt) {
		this.requestId = requestId;
		this.uploaderAccountId = author.accountId();
		this.uploaderDisplayName = author.displayName();
		this.fromTeam = author.fromTeam();
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	Long id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}
}
