package org.sitrep.eval.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the gold JSONL corpora of ../shared/eval/time and ../shared/eval/geo. The layout is detected from the
 * first document: {@code timexes} → {@link CorpusLayout#TIME}, {@code toponyms} → {@link CorpusLayout#GEO};
 * every later line must have the same layout. Bad input fails with an {@link IllegalArgumentException} naming
 * the file and line.
 */
public final class CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {
    }

    /** All documents of the file. */
    public static Corpus read(Path file) {
        return read(file, 0);
    }

    /** The first {@code limit} documents of the file (0: all). */
    public static Corpus read(Path file, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        List<CorpusDocument> documents = new ArrayList<>();
        CorpusLayout layout = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null && (limit == 0 || documents.size() < limit)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + lineNumber;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(where + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                if (node == null || !node.isObject()) {
                    throw new IllegalArgumentException(where + ": not a JSON object");
                }
                CorpusLayout lineLayout = layoutOf(node, where);
                if (layout == null) {
                    layout = lineLayout;
                } else if (layout != lineLayout) {
                    throw new IllegalArgumentException(where + ": " + lineLayout + " layout in a " + layout + " corpus");
                }
                try {
                    documents.add(layout == CorpusLayout.TIME ? timeDocument(node) : geoDocument(node));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (layout == null) {
            throw new IllegalArgumentException(file + ": no document (empty file)");
        }
        return new Corpus(file, nameOf(file), layout, documents);
    }

    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    }

    private static CorpusLayout layoutOf(JsonNode node, String where) {
        boolean time = node.has("timexes");
        boolean geo = node.has("toponyms");
        if (time == geo) {
            throw new IllegalArgumentException(where + ": expected either \"timexes\" (time corpus) or \"toponyms\" (geo corpus)");
        }
        return time ? CorpusLayout.TIME : CorpusLayout.GEO;
    }

    private static CorpusDocument timeDocument(JsonNode node) {
        String text = text(node, "text");
        int length = text.codePointCount(0, text.length());
        JsonNode dctNode = node.get("dct");
        LocalDate dct = dctNode == null || dctNode.isNull() ? null : LocalDate.parse(dctNode.asText());
        List<GoldTimex> timexes = new ArrayList<>();
        for (JsonNode timex : array(node, "timexes")) {
            int start = integer(timex, "start");
            int end = integer(timex, "end");
            checkSpan(start, end, length);
            JsonNode value = timex.get("value");
            timexes.add(new GoldTimex(start, end, text(timex, "text"), text(timex, "type"),
                    value == null || value.isNull() ? null : value.asText()));
        }
        return new CorpusDocument(text(node, "id"), text, dct, timexes, List.of());
    }

    private static CorpusDocument geoDocument(JsonNode node) {
        String text = text(node, "text");
        int length = text.codePointCount(0, text.length());
        List<GoldToponym> toponyms = new ArrayList<>();
        for (JsonNode toponym : array(node, "toponyms")) {
            int start = integer(toponym, "start");
            int end = integer(toponym, "end");
            checkSpan(start, end, length);
            JsonNode id = toponym.get("geonameid");
            toponyms.add(new GoldToponym(start, end, text(toponym, "name"), number(toponym, "lat"), number(toponym, "lon"),
                    id == null || id.isNull() ? null : id.asLong()));
        }
        return new CorpusDocument(text(node, "id"), text, null, List.of(), toponyms);
    }

    private static void checkSpan(int start, int end, int length) {
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside the text of " + length + " code points");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" missing or not a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("field \"" + field + "\" missing or not an integer");
        }
        return value.asInt();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("field \"" + field + "\" missing or not a number");
        }
        return value.asDouble();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("field \"" + field + "\" missing or not an array");
        }
        return value;
    }
}
