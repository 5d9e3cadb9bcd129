package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.model.Document;

/**
 * A document read from an input, with what the pipeline does not need but a store and a reader do.
 *
 * @param document    the report: id, publisher, url, published, text, and the posts of a live blog
 * @param title       the headline; null when the input has none
 * @param byline      who wrote it; null when not said
 * @param language    a language tag as written by the page ("en", "en-GB"); null when not said
 * @param contentHash what tells the same text under two addresses (see {@link org.sitrep.model.ContentHash})
 * @param input       the input this came from: a file, a URL, a feed item's link, or "FILE line N"
 */
public record IngestedDocument(Document document, String title, String byline, String language, String contentHash,
                               String input) {
    public IngestedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(input, "input");
    }
}
