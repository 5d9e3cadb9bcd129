package org.sitrep.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ContentHash;
import org.sitrep.model.Document;
import org.sitrep.temporal.ReferenceTimes;

/**
 * Reads one document of the {@code sitrep extract --input} format, {@code {"id","text","published","source","url"}},
 * from a line of a file or the value of a Kafka message. The rules are those of the command line: a document
 * without a publication time takes the date written at the head of its text, and is refused when there is none,
 * since relative dates cannot be resolved without it.
 */
final class DocumentLine {
    private final ObjectMapper json = new ObjectMapper();
    private final ContentHash contentHash = new ContentHash();

    /** The document, or empty when the line is not one (the caller counts it). */
    Optional<Document> read(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        String text = field(node, "text");
        if (text == null) {
            return Optional.empty();
        }
        LocalDateTime published = published(field(node, "published")).or(() -> ReferenceTimes.fromText(text)).orElse(null);
        if (published == null) {
            return Optional.empty();
        }
        // a stream has no file name and line number to name an anonymous document: its text does, stably across replays
        String id = field(node, "id") != null ? field(node, "id") : contentHash.of(text).substring(0, 16);
        return Optional.of(new Document(id, field(node, "source"), field(node, "url"), published, text, List.of()));
    }

    private static Optional<LocalDateTime> published(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.length() <= 10 ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.length() == 16 ? value + ":00"
                    : value.replace(' ', 'T').replaceAll("(Z|[+-]\\d\\d:?\\d\\d)$", "")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
