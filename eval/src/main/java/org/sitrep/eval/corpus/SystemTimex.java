package org.sitrep.eval.corpus;

/** A temporal expression the system found. Offsets are Unicode code points, end exclusive; value may be null. */
public record SystemTimex(int start, int end, String text, String type, String value) {
}
