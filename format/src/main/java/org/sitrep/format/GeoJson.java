package org.sitrep.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoJSON (RFC 7946) features from the flat records: a Point at the record's longitude and latitude, every
 * other column a property. A record without coordinates becomes a feature with a null geometry, as the RFC allows,
 * so that a collection never silently drops an event.
 */
public final class GeoJson {
    public static final String COLLECTION_HEAD = "{\"type\":\"FeatureCollection\",\"features\":[";
    public static final String COLLECTION_TAIL = "]}";

    private GeoJson() {
    }

    public static Map<String, Object> feature(Map<String, Object> record) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        Object lat = record.get("latitude");
        Object lon = record.get("longitude");
        feature.put("geometry", lat instanceof Number && lon instanceof Number
                ? Map.of("type", "Point", "coordinates", List.of(lon, lat)) : null);
        feature.put("properties", record);
        return feature;
    }
}
