package org.sitrep.model;

/** Whether the report says the event happened, will happen, might happen, or did not happen. */
public enum Modality {
    ASSERTED, PLANNED, HYPOTHETICAL, NEGATED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
