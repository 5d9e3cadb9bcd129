package org.sitrep.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find ../shared (the corpora and references): the sitrep.shared property that the build sets. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared"));
        Path file = shared.resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException("test data missing: " + file.toAbsolutePath() + " (is ../shared beside the repository?)");
        }
        return file;
    }
}
