package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.format.Records;
import org.sitrep.store.merge.Incident;

/**
 * The columns of the events table, in order: ACLED's export columns first, in ACLED's order, then sitrep's own.
 * A row is the combined incident with the analyst's edits laid over it.
 */
public final class IncidentRow {
    /** ACLED's columns, in the order of an ACLED export. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    /** sitrep's columns after ACLED's. */
    public static final List<String> SITREP_COLUMNS = List.of("date_precision", "category", "country_code", "geonameid",
            "fatalities_low", "fatalities_high", "injured", "arrested", "abducted", "modality", "claimed_by", "weapons", "attributed_to",
            "confidence", "num_sources", "first_reported", "last_reported", "status");
    public static final List<String> COLUMNS = concat(ACLED_COLUMNS, SITREP_COLUMNS);
    /** Columns an analyst may set with {@code sitrep event edit}; the others follow from these or from the sources. */
    public static final List<String> EDITABLE = List.of("event_date", "time_precision", "date_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "geo_precision", "notes", "fatalities", "injured", "arrested", "abducted", "modality", "claimed_by",
            "category", "tags");

    private IncidentRow() {
    }

    static Map<String, Object> of(String id, Incident incident, String status, Map<String, Object> edits, long timestamp) {
        Map<String, Object> record = Records.event(incident.event());
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            row.put(column, record.get(column));
        }
        row.put("event_id_cnty", id);
        row.put("event_date", incident.event().eventDate().date().toString());
        Object weapons = record.get("weapons");
        row.put("weapons", weapons instanceof List<?> list && !list.isEmpty() ? String.join("; ", list.stream().map(String::valueOf).toList()) : null);
        row.put("timestamp", timestamp);
        row.put("num_sources", incident.numSources());
        row.put("first_reported", incident.firstReported() == null ? null : incident.firstReported().toString());
        row.put("last_reported", incident.lastReported() == null ? null : incident.lastReported().toString());
        row.put("status", status);
        row.putAll(edits);
        if (edits.containsKey("event_date")) {
            row.put("year", Integer.parseInt(String.valueOf(edits.get("event_date")).substring(0, 4)));
        }
        return row;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
