package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a word list resource (common-words.txt, first-names.txt, ...): UTF-8, one word a line, '#' starts a
 * comment line, blank lines skipped; each word stripped and lower-cased.
 */
public final class WordLists {
    private WordLists() {
    }

    /**
     * The words of a resource, in file order.
     *
     * @param resource a path as {@link Class#getResourceAsStream} takes it: absolute ("/org/sitrep/pipeline/x.txt")
     *                 or relative to this package ("common-words.txt")
     */
    public static List<String> read(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing");
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
