package org.sitrep.pipeline.text;

import java.util.List;

/**
 * A sentence of a document: its offsets in the document text (end exclusive), its text, its tokens,
 * and the index of the paragraph (a block of lines between blank lines) it belongs to.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence text between two document offsets that fall inside this sentence. */
    public String slice(int from, int to) {
        return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
    }
}
