package org.sitrep.pipeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Street words ({@value #RESOURCE}): a place name right before one names a street ("6016 Dublin Road", "Memphis
 * St."), and sitrep does not report streets as places.
 */
final class StreetWords {
    static final String RESOURCE = "/org/sitrep/pipeline/street-words.txt";

    private final Pattern after;

    StreetWords(List<String> words) {
        // one space, the word, then no further letter ("Streets" is listed on its own)
        this.after = Pattern.compile("^\\s(?:" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}])");
    }

    static StreetWords load() {
        try (InputStream in = StreetWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return new StreetWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether a street word follows the name that ends at {@code end} of the text. */
    boolean follows(String text, int end) {
        return after.matcher(text).region(end, text.length()).lookingAt();
    }
}
