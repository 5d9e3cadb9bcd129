package org.sitrep.eval.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * A gold corpus read from one JSONL file.
 *
 * @param name the file name without {@code .jsonl} (e.g. {@code lgl}, {@code meantime_en}); the key of the peer figures
 */
public record Corpus(Path file, String name, CorpusLayout layout, List<CorpusDocument> documents) {
    public Corpus {
        documents = List.copyOf(documents);
    }
}
