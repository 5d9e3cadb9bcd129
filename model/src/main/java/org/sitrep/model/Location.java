package org.sitrep.model;

/**
 * Where an event happened, in ACLED's terms. geo_precision: 1 the named town or village,
 * 2 near it or a part of a larger region (a suburb, "outside X"), 3 a province or country.
 *
 * @param geonameId the GeoNames id of the resolved place, or null when the place is not from GeoNames
 */
public record Location(String location, String iso, String country, String admin1, String admin2, String admin3,
                       Double latitude, Double longitude, int geoPrecision, Long geonameId) {
}
