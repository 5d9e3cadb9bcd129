package org.sitrep.eval;

/** The fields an extraction is scored on, in report order. */
public enum ScoredField {
    EVENT_FOUND("event found", "event_found"),
    EVENT_TYPE("event type", "event_type"),
    SUB_EVENT_TYPE("sub-event type", "sub_event_type"),
    DATE("date exact", "date"),
    PLACE_25_KM("place <= 25 km", "place_25km"),
    PLACE_161_KM("place <= 161 km", "place_161km"),
    FATALITIES("fatalities exact", "fatalities"),
    INJURED("injured exact", "injured"),
    ACTOR1("actor1", "actor1"),
    CIVILIAN_TARGETING("civilian targeting", "civilian_targeting");

    private final String label;
    private final String key;

    ScoredField(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** For people: the row name in {@link EvaluationReport#toTable()}. */
    public String label() {
        return label;
    }

    /** For machines: the key in {@link EvaluationReport#toMap()}. */
    public String key() {
        return key;
    }
}
