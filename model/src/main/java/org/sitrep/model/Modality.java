package org.sitrep.model;

/**
 * Whether the report says the event happened, will happen, is threatened by someone who would carry it out
 * ("the Houthis threatened to strike tankers"), might happen, or did not happen.
 */
public enum Modality {
    ASSERTED, PLANNED, THREATENED, HYPOTHETICAL, NEGATED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
