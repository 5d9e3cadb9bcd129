package org.sitrep.flink;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sitrep.format.DocumentLine;
import org.sitrep.model.ContentHash;
import org.sitrep.model.Document;
import org.sitrep.temporal.ReferenceTimes;

/**
 * Reads one document of the {@code sitrep extract --input} format ({@link DocumentLine}) from a line of a file or
 * the value of a Kafka message. The rules are those of the command line: a document without a publication time
 * takes the date written at the head of its text, and is refused when there is none, since relative dates cannot
 * be resolved without it.
 */
final class DocumentLines {
    private final ContentHash contentHash = new ContentHash();

    /** The document, or empty when the line is not one (the caller counts it). */
    Optional<Document> read(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        DocumentLine parsed;
        try {
            parsed = DocumentLine.parse(line);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = parsed.text();
        LocalDateTime published = DocumentLine.isoTime(parsed.published()).or(() -> ReferenceTimes.fromText(text)).orElse(null);
        if (published == null) {
            return Optional.empty();
        }
        // a stream has no file name and line number to name an anonymous document: its text does, stably across replays
        String id = parsed.id() != null ? parsed.id() : contentHash.of(text).substring(0, 16);
        return Optional.of(new Document(id, parsed.source(), parsed.url(), published, text, List.of()));
    }
}
