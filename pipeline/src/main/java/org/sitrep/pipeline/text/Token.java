package org.sitrep.pipeline.text;

/** A token with its offsets in the document text (end exclusive). */
public record Token(int start, int end, String text) {
}
