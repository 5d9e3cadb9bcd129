package org.sitrep.pipeline.coding;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.pipeline.Resources;

/**
 * ACLED's event taxonomy (resource {@code acled-taxonomy.tsv}): sub-event type → event type, disorder type and
 * the actor an incident of that kind gets when its text names none.
 */
public final class Taxonomy {
    private record Row(String eventType, String disorderType, String defaultActorKey) {
    }

    private final Map<String, Row> bySubEventType;

    private Taxonomy(Map<String, Row> bySubEventType) {
        this.bySubEventType = Map.copyOf(bySubEventType);
    }

    public static Taxonomy loadDefault() {
        Map<String, Row> rows = new HashMap<>();
        for (String line : Resources.lines("acled-taxonomy.tsv")) {
            String[] cols = line.split("\t");
            rows.put(cols[1], new Row(cols[0], cols[2], cols[3].equals("-") ? null : cols[3]));
        }
        return new Taxonomy(rows);
    }

    public boolean knows(String subEventType) {
        return bySubEventType.containsKey(subEventType);
    }

    public String eventType(String subEventType) {
        return row(subEventType).eventType();
    }

    public String disorderType(String subEventType) {
        return row(subEventType).disorderType();
    }

    /** The actor dictionary key of the actor an incident of this kind gets when its text names none; null: unidentified. */
    public String defaultActorKey(String subEventType) {
        return row(subEventType).defaultActorKey();
    }

    public int size() {
        return bySubEventType.size();
    }

    private Row row(String subEventType) {
        Row row = bySubEventType.get(subEventType);
        if (row == null) {
            throw new IllegalArgumentException("not an ACLED sub-event type: " + subEventType);
        }
        return row;
    }
}
