package org.sitrep.eval.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published (or peer-rescored) figure set of another system on one corpus, from the versioned table
 * {@code peer-figures.tsv} of this package (its header gives format and sources).
 *
 * @param corpus     corpus key: the file name without {@code .jsonl}
 * @param convention how the figures were computed (see the table's header)
 * @param metrics    metric key (as in {@link CorpusReport#toMap()}) → value; rates as fractions, distances in km
 */
public record PeerFigure(String corpus, String system, String convention, Map<String, Double> metrics) {
    static final String RESOURCE = "peer-figures.tsv";

    public PeerFigure {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** All figure sets of the bundled table. */
    public static List<PeerFigure> loadDefault() {
        InputStream in = PeerFigure.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource missing: org/sitrep/eval/corpus/" + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<PeerFigure> figures = new ArrayList<>();
            int lineNumber = 0;
            for (String line : reader.lines().toList()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                figures.add(parse(line, lineNumber));
            }
            return List.copyOf(figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /** The figure sets of one corpus, in table order. */
    public static List<PeerFigure> forCorpus(String corpus) {
        return loadDefault().stream().filter(f -> f.corpus().equals(corpus)).toList();
    }

    static PeerFigure parse(String line, int lineNumber) {
        String[] columns = line.split("\t");
        if (columns.length != 4) {
            throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected 4 tab-separated columns, got " + columns.length);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String pair : columns[3].trim().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": not METRIC=VALUE: " + pair);
            }
            try {
                metrics.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": not a number: " + pair, e);
            }
        }
        return new PeerFigure(columns[0], columns[1], columns[2], metrics);
    }
}
