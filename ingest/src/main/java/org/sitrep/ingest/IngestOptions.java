package org.sitrep.ingest;

/**
 * How inputs are read.
 *
 * @param maxBytes        files and unpacked bodies larger than this are refused with a message, not read
 * @param followFeedLinks whether a feed item's link is fetched for the full article (else its description is the text)
 */
public record IngestOptions(long maxBytes, boolean followFeedLinks) {

    public static IngestOptions defaults() {
        return new IngestOptions(64L * 1024 * 1024, true);
    }
}
