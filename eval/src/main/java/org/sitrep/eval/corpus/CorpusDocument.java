package org.sitrep.eval.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document of a gold corpus.
 *
 * @param dct      the document creation time (TIME layout), null when the corpus has none
 * @param timexes  gold timexes (TIME layout; empty for GEO)
 * @param toponyms gold toponyms (GEO layout; empty for TIME)
 */
public record CorpusDocument(String id, String text, LocalDate dct, List<GoldTimex> timexes, List<GoldToponym> toponyms) {
    public CorpusDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        toponyms = List.copyOf(toponyms);
    }
}
