package be.femmesetsante.sesu.messaging;

/** A document to download: its name as uploaded, the sniffed type and the bytes. */
public record DocumentFile(long id, String fileName, String contentType, byte[] content) {
}
