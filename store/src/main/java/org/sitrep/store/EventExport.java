package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.format.Csv;
import org.sitrep.format.GeoJson;
import org.sitrep.format.Json;

/**
 * The exports of stored incidents, streamed page by page: ACLED's CSV (ACLED's columns in ACLED's order, sitrep's
 * after them), GeoJSON points, and JSON lines of the public event record with its evidence.
 */
public enum EventExport {
    ACLED_CSV("text/csv"), GEOJSON("application/geo+json"), JSONL("application/x-ndjson");

    private final String mediaType;

    EventExport(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code acled-csv}, {@code geojson} or {@code jsonl}. */
    public static EventExport parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "': use acled-csv, geojson or jsonl");
        }
    }

    /** Writes every incident the query selects; returns how many. */
    public long write(SitrepStore store, EventQuery query, Writer out) {
        long[] count = {0};
        try {
            switch (this) {
                case ACLED_CSV -> out.write(Csv.row(IncidentRow.COLUMNS) + "\n");
                case GEOJSON -> out.write(GeoJson.COLLECTION_HEAD);
                case JSONL -> { }
            }
            store.forEachEvent(query, this != ACLED_CSV, record -> {
                try {
                    switch (this) {
                        case ACLED_CSV -> {
                            List<Object> cells = new ArrayList<>();
                            IncidentRow.COLUMNS.forEach(column -> cells.add(record.get(column)));
                            out.write(Csv.row(cells) + "\n");
                        }
                        case GEOJSON -> out.write((count[0] > 0 ? ",\n" : "\n") + Json.line(GeoJson.feature(withKind(record))));
                        case JSONL -> out.write(Json.line(withKind(record)) + "\n");
                    }
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (this == GEOJSON) {
                out.write("\n" + GeoJson.COLLECTION_TAIL + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** The JSON records say what they are, as extract's records do. */
    private static Map<String, Object> withKind(Map<String, Object> record) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("record", "event");
        r.putAll(record);
        return r;
    }
}
