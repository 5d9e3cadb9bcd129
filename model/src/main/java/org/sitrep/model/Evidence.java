package org.sitrep.model;

/**
 * Where in a document a finding comes from: the sentence, and character offsets
 * (Java string indices, end exclusive) of that sentence in the document text.
 */
public record Evidence(String documentId, String sentence, int start, int end) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
    }
}
