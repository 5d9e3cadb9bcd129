package org.sitrep.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One line of sitrep's batch input, {@code {"id","text","published","source","url","title"}} (the format of
 * {@code sitrep extract --input}, {@code ingest} and the Flink job), as written: the readers decide what a missing
 * id or publication time becomes. Every field but {@code text} may be absent or null.
 */
public record DocumentLine(String id, String text, String published, String source, String url, String title) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a line.
     *
     * @throws IllegalArgumentException "not a JSON object" or "no \"text\"", for the caller to report with the
     *                                  line's place
     */
    public static DocumentLine parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = field(node, "text");
        if (text == null) {
            throw new IllegalArgumentException("no \"text\"");
        }
        return new DocumentLine(field(node, "id"), text, field(node, "published"), field(node, "source"),
                field(node, "url"), field(node, "title"));
    }

    /**
     * An ISO publication time as the batch input writes it: {@code 2016-09-05}, {@code 2016-09-05T09:00},
     * {@code 2016-09-05 09:00:00}; a zone or offset is dropped (sitrep keeps the report's local time). Empty when the
     * value is none of these.
     */
    public static Optional<LocalDateTime> isoTime(String value) {
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
