package be.femmesetsante.sesu.messaging;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Which files may be shared, decided from their content. The name and the browser's Content-Type
 * are never trusted: Tika core reads the bytes (magic numbers, content only, no name given), and
 * the file's extension must then agree with what was found.
 * <p>
 * Tika core alone (without the parser modules) cannot tell a Word file from an Excel one inside the
 * same container, so for containers the choice is:
 * <ul>
 * <li>OOXML (docx, xlsx, pptx): Tika sees {@code application/x-tika-ooxml} (or plain
 * {@code application/zip} when {@code [Content_Types].xml} is not the first entry). We then read the
 * zip's central directory (names only, nothing is inflated, so a zip bomb costs nothing) and require
 * {@code [Content_Types].xml} and the part folder of the extension's application ({@code word/},
 * {@code xl/}, {@code ppt/}). Any other zip is refused.</li>
 * <li>OpenDocument (odt, ods, odp): Tika reads the {@code mimetype} entry, so the detected type must
 * be exactly the extension's one.</li>
 * </ul>
 * Office formats that can carry macros are refused by name, before their content is read, with
 * their own message ({@link #isMacroCapable}): the old binary ones (doc, xls, ppt and their
 * templates), whose macros cannot be told apart from the rest, and the macro-enabled OOXML ones
 * (docm, xlsm, pptm...). Their content could not pass anyway: an OLE2 container matches no
 * accepted type, and a macro-enabled OOXML file has no accepted extension.
 * The stored and served type is the extension's canonical type, once it agrees with the content.
 */
final class DocumentTypes {

	static final String ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp";

	private static final String OOXML = "application/x-tika-ooxml";
	private static final String ZIP = "application/zip";

	private record Kind(String contentType, Set<String> detectedAs, String ooxmlFolder) {
	}

	private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", exact("application/pdf")),
			Map.entry("png", exact("image/png")),
			Map.entry("jpg", exact("image/jpeg")),
			Map.entry("jpeg", exact("image/jpeg")),
			Map.entry("gif", exact("image/gif")),
			Map.entry("webp", exact("image/webp")),
			Map.entry("odt", exact("application/vnd.oasis.opendocument.text")),
			Map.entry("ods", exact("application/vnd.oasis.opendocument.spreadsheet")),
			Map.entry("odp", exact("application/vnd.oasis.opendocument.presentation")),
			Map.entry("docx", ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/")),
			Map.entry("xlsx", ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/")),
			Map.entry("pptx", ooxml("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/")));

	/** Office files that may hold macros: the old binary formats and the macro-enabled OOXML ones. */
	private static final Set<String> MACRO_CAPABLE = Set.of("doc", "dot", "xls", "xlt", "xla", "xlsb", "ppt", "pot",
			"pps", "ppa", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm", "ppam", "sldm");

	private final Tika tika = new Tika();

	/** The type to store and serve, or empty when the content is not what an accepted extension says. */
	Optional<String> sniff(byte[] content, String fileName) {
		Kind kind = BY_EXTENSION.get(extension(fileName));
		if (kind == null) {
			return Optional.empty();
		}
		String detected = tika.detect(content);
		if (!kind.detectedAs().contains(detected)) {
			return Optional.empty();
		}
		if (kind.ooxmlFolder() != null && !ZipNames.hasOoxmlParts(content, kind.ooxmlFolder())) {
			return Optional.empty();
		}
		return Optional.of(kind.contentType());
	}

	/** Whether the name's extension is an Office format that can carry macros (refused with its own message). */
	static boolean isMacroCapable(String fileName) {
		return MACRO_CAPABLE.contains(extension(fileName));
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Kind exact(String type) {
		return new Kind(type, Set.of(type), null);
	}

	private static Kind ooxml(String type, String folder) {
		return new Kind(type, Set.of(type, OOXML, ZIP), folder);
	}

	/** Reads a zip's central directory (the list of names at its end) without inflating anything. */
	static final class ZipNames {

		private static final int END_SIGNATURE = 0x06054b50;
		private static final int ENTRY_SIGNATURE = 0x02014b50;
		private static final int END_MIN = 22;
		private static final int MAX_ENTRIES = 10_000;

		private ZipNames() {
		}

		static boolean hasOoxmlParts(byte[] zip, String folder) {
			try {
				ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
				int end = findEnd(buffer);
				if (end < 0) {
					return false;
				}
				int entries = Math.min(buffer.getShort(end + 10) & 0xffff, MAX_ENTRIES);
				int position = buffer.getInt(end + 16);
				boolean contentTypes = false;
				boolean part = false;
				for (int i = 0; i < entries && position >= 0 && position + 46 <= zip.length; i++) {
					if (buffer.getInt(position) != ENTRY_SIGNATURE) {
						return false;
					}
					int nameLength = buffer.getShort(position + 28) & 0xffff;
					int extraLength = buffer.getShort(position + 30) & 0xffff;
					int commentLength = buffer.getShort(position + 32) & 0xffff;
					if (position + 46 + nameLength > zip.length) {
						return false;
					}
					String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
					contentTypes |= name.equals("[Content_Types].xml");
					part |= name.startsWith(folder);
					position += 46 + nameLength + extraLength + commentLength;
				}
				return contentTypes && part;
			}
			catch (IndexOutOfBoundsException ex) {
				return false;
			}
		}

		private static int findEnd(ByteBuffer buffer) {
			int last = buffer.limit() - END_MIN;
			int first = Math.max(0, last - 0xffff);
			for (int i = last; i >= first; i--) {
				if (buffer.getInt(i) == END_SIGNATURE) {
					return i;
				}
			}
			return -1;
		}
	}
}
