package be.femmesetsante.sesu.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's bytes (PostgreSQL {@code bytea}): one backup holds everything, any node serves it. */
@Entity
@Table(name = "document_content")
class DocumentContent {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	@Column(nullable = false, updatable = false, columnDefinition = "bytea")
	private byte[] content;

	protected DocumentContent() {
	}

	DocumentContent(long documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content;
	}

	byte[] content() {
		return content;
	}
}
