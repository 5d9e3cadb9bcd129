package org.sitrep.gazetteer.build;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.gazetteer.NameFolder;

/**
 * A place while the compiler assembles it: sources are merged into it (a Who's On First row adds
 * its Arabic names to the GeoNames city it duplicates), so it is mutable and never leaves the build.
 */
final class PlaceDraft {
    final long id;
    final String name;
    final double latitude;
    final double longitude;
    final String featureClass;
    final String featureCode;
    final String countryCode;
    final String admin1Code;
    final String admin2Name;
    final long population;
    final String source;
    /** Strict key → the first name seen with that key; names with the same key add nothing to matching. */
    private final Map<String, String> namesByKey = new LinkedHashMap<>();

    PlaceDraft(long id, String name, double latitude, double longitude, String featureClass, String featureCode,
               String countryCode, String admin1Code, String admin2Name, long population, String source) {
        this.id = id;
        this.name = clean(name);
        this.latitude = latitude;
        this.longitude = longitude;
        this.featureClass = featureClass;
        this.featureCode = featureCode;
        this.countryCode = countryCode;
        this.admin1Code = admin1Code;
        this.admin2Name = clean(admin2Name);
        this.population = population;
        this.source = source;
        namesByKey.put(NameFolder.key(this.name), this.name);
    }

    /** Adds an alternate name unless one with the same strict key is already there. */
    void addName(String alternate) {
        String cleaned = clean(alternate);
        String key = NameFolder.key(cleaned);
        if (!key.isEmpty()) {
            namesByKey.putIfAbsent(key, cleaned);
        }
    }

    void addNames(Collection<String> alternates) {
        alternates.forEach(this::addName);
    }

    Collection<String> keys() {
        return namesByKey.keySet();
    }

    /** The alternate names, one per distinct strict key, the primary name excluded. */
    String alternateNamesField() {
        String primaryKey = NameFolder.key(name);
        StringBuilder field = new StringBuilder();
        namesByKey.forEach((key, alternate) -> {
            if (!key.equals(primaryKey)) {
                if (!field.isEmpty()) {
                    field.append('|');
                }
                field.append(alternate);
            }
        });
        return field.toString();
    }

    /** Great-circle distance in kilometres (haversine). */
    double distanceKm(double otherLatitude, double otherLongitude) {
        return distanceKm(latitude, longitude, otherLatitude, otherLongitude);
    }

    /** Great-circle distance in kilometres between two points (haversine). */
    static double distanceKm(double latitude, double longitude, double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(otherLatitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Tabs, line breaks and the alternate-name separator would break the resource's format. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n|]", " ").strip();
    }
}
