package org.sitrep.pipeline.geo;

import org.sitrep.gazetteer.Place;

/**
 * A place name in the text resolved to a gazetteer place, with document offsets (end exclusive).
 *
 * @param geoPrecision ACLED's geo_precision for an event placed here: 1 the place itself, 2 near it or a
 *                     part of it ("a suburb of Damascus"), 3 a province or country
 */
public record PlaceMention(int start, int end, String text, Place place, int geoPrecision) {

    public boolean isArea() {
        return place.isContinent() || place.isCountry() || place.isAdmin1() || place.isAdmin2();
    }

    /** Whether {@code other} lies inside this area (a town inside its province or country). */
    public boolean contains(PlaceMention other) {
        if (other.place().id() == place.id() || !isArea() || place.isContinent() || !place.countryCode().equals(other.place().countryCode())) {
            return false;
        }
        if (place.isCountry()) {
            return !other.place().isCountry();
        }
        if (place.isAdmin1()) {
            return !other.place().isAdmin1() && place.admin1Code() != null && place.admin1Code().equals(other.place().admin1Code());
        }
        return other.place().isPopulatedPlace() && place.name().equals(other.place().admin2Name());
    }
}
