package org.sitrep.eval;

import java.util.Objects;

/**
 * How often one field was right.
 *
 * @param total the incidents whose reference gives this field (the denominator)
 */
public record FieldScore(ScoredField field, int hits, int total) {
    public FieldScore {
        Objects.requireNonNull(field, "field");
        if (hits < 0 || hits > total) {
            throw new IllegalArgumentException(field + ": " + hits + " hits of " + total);
        }
    }

    /** Hits over total, or null when no reference gave this field. */
    public Double rate() {
        return total == 0 ? null : (double) hits / total;
    }
}
