package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.Document;
import org.sitrep.temporal.ReferenceTimes;

/**
 * A batch input: one JSON document a line, {@code {"id","text","published","source","url"}}. A line that
 * cannot be read is reported by number and skipped; the others are handed on.
 */
final class DocumentLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentLines() {
    }

    /**
     * @param publishedRequired whether a document needs a publication time (from its line, the default or its
     *                          text); when false an undated document is handed on with none
     * @return how many lines could not be read
     */
    static int forEach(Path input, LocalDateTime defaultPublished, boolean publishedRequired, String defaultSource,
                       PrintWriter err, Consumer<Document> each) {
        int lineNumber = 0;
        int failed = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    each.accept(document(JSON.readTree(line), input, lineNumber, defaultPublished, publishedRequired, defaultSource));
                } catch (IOException | InputException e) {
                    failed++;
                    err.println("sitrep: " + input + " line " + lineNumber + ": " + (e instanceof IOException ? "not a JSON object" : e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read as UTF-8 JSON lines (" + e.getMessage() + ")", e);
        }
        return failed;
    }

    private static Document document(JsonNode node, Path input, int lineNumber, LocalDateTime defaultPublished,
                                     boolean publishedRequired, String defaultSource) {
        String text = textField(node, "text");
        if (text == null) {
            throw new InputException("no \"text\"");
        }
        String id = textField(node, "id") != null ? textField(node, "id") : ReportInput.documentId(input) + "-" + lineNumber;
        String when = textField(node, "published");
        LocalDateTime published = when != null ? ReportInput.parsePublished(when, "\"published\"")
                : defaultPublished != null ? defaultPublished
                : ReferenceTimes.fromText(text).orElse(null);
        if (published == null && publishedRequired) {
            throw new InputException("no \"published\" time and none given with --published");
        }
        String source = textField(node, "source") != null ? textField(node, "source") : defaultSource;
        return new Document(id, source, textField(node, "url"), published, text, List.of());
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
