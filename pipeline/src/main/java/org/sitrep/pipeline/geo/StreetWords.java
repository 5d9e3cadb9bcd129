package org.sitrep.pipeline.geo;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.pipeline.Resources;

/**
 * Street words ({@value #RESOURCE}): a place name right before one names a street ("6016 Dublin Road", "Memphis
 * St."), and sitrep does not report streets as places.
 */
final class StreetWords {
    static final String RESOURCE = "street-words.txt";

    private final Pattern after;

    StreetWords(List<String> words) {
        // one space, the word, then no further letter ("Streets" is listed on its own)
        this.after = Pattern.compile("^\\s(?:" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}])");
    }

    static StreetWords load() {
        return new StreetWords(Resources.lines(RESOURCE).stream().map(String::strip).toList());
    }

    /** Whether a street word follows the name that ends at {@code end} of the text. */
    boolean follows(String text, int end) {
        return after.matcher(text).region(end, text.length()).lookingAt();
    }
}
