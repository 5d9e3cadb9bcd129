package org.sitrep.cli;

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
import org.sitrep.format.DocumentLine;
import org.sitrep.model.Document;
import org.sitrep.temporal.ReferenceTimes;

/**
 * A batch input: one JSON document a line ({@link DocumentLine}). A line that cannot be read is reported by number
 * and skipped; the others are handed on.
 */
final class DocumentLines {
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
                    each.accept(document(DocumentLine.parse(line), input, lineNumber, defaultPublished, publishedRequired, defaultSource));
                } catch (IllegalArgumentException | InputException e) {
                    failed++;
                    err.println("sitrep: " + input + " line " + lineNumber + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read as UTF-8 JSON lines (" + e.getMessage() + ")", e);
        }
        return failed;
    }

    private static Document document(DocumentLine line, Path input, int lineNumber, LocalDateTime defaultPublished,
                                     boolean publishedRequired, String defaultSource) {
        String id = line.id() != null ? line.id() : ReportInput.documentId(input) + "-" + lineNumber;
        LocalDateTime published = line.published() != null ? ReportInput.parsePublished(line.published(), "\"published\"")
                : defaultPublished != null ? defaultPublished
                : ReferenceTimes.fromText(line.text()).orElse(null);
        if (published == null && publishedRequired) {
            throw new InputException("no \"published\" time and none given with --published");
        }
        String source = line.source() != null ? line.source() : defaultSource;
        return new Document(id, source, line.url(), published, line.text(), List.of());
    }
}
