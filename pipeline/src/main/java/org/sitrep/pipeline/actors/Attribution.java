package org.sitrep.pipeline.actors;

/** A source the report attributes information to ("according to the LCC"), with document offsets. */
public record Attribution(int start, int end, String text, String source) {
}
