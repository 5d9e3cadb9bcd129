package org.sitrep.eval.corpus;

import java.util.Objects;

/**
 * A gold temporal expression of a TIMEX corpus. Offsets are Unicode code points, end exclusive.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value the normalised value as in the gold; null where the gold has none
 */
public record GoldTimex(int start, int end, String text, String type, String value) {
    public GoldTimex {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
