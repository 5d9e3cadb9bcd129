package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the versioned classpath tables of this package: their lines without comments and blank lines. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String resourceName) {
        InputStream in = ResourceLines.class.getResourceAsStream(resourceName);
        if (in == null) {
            // a missing table is a packaging error; scoring without it would silently give wrong figures
            throw new IllegalStateException("classpath resource missing: org/sitrep/eval/" + resourceName);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resourceName, e);
        }
    }
}
