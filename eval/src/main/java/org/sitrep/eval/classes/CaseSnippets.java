package org.sitrep.eval.classes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CASE 2021 shared task 2 layout: a tab-separated file with the header {@code id EventSnippet SubType}, one
 * news snippet a line, labelled with one of the task's event types ({@code AIR_STRIKE}, {@code PEACE_PROTEST},
 * ... and five types outside ACLED's taxonomy such as {@code NATURAL_DISASTER}).
 */
public final class CaseSnippets {
    private static final String LABELS_RESOURCE = "/org/sitrep/eval/case2021-labels.tsv";

    /** One labelled snippet; {@code acledSubEventType} is null for a label outside ACLED's taxonomy. */
    public record Snippet(String id, String text, String label, String acledSubEventType) {
        public Snippet {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(label, "label");
        }

        public boolean isAcled() {
            return acledSubEventType != null;
        }
    }

    private CaseSnippets() {
    }

    /**
     * The task's labels in the order of the labels table, each with its ACLED sub-event type (empty for the
     * types outside ACLED).
     */
    public static Map<String, Optional<String>> labels() {
        Map<String, Optional<String>> labels = new LinkedHashMap<>();
        InputStream in = CaseSnippets.class.getResourceAsStream(LABELS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource missing: " + LABELS_RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                labels.put(columns[0], columns[1].equals("-") ? Optional.empty() : Optional.of(columns[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LABELS_RESOURCE, e);
        }
        return labels;
    }

    /** Reads a task file; a wrong header, a short line or an unknown label is refused with its line number. */
    public static List<Snippet> read(Path file) {
        Map<String, Optional<String>> labels = labels();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("id\tEventSnippet\tSubType")) {
            throw new IllegalArgumentException(file + ": not a CASE 2021 task 2 file (expected the header"
                    + " \"id<TAB>EventSnippet<TAB>SubType\")");
        }
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 3 tab-separated columns, found "
                        + columns.length);
            }
            String label = columns[2].strip();
            Optional<String> acled = labels.get(label);
            if (acled == null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown event type '" + label + "'");
            }
            snippets.add(new Snippet(columns[0].strip(), columns[1], label, acled.orElse(null)));
        }
        return snippets;
    }
}
