package org.sitrep.model;

/**
 * Where an event happened, in ACLED's terms. geo_precision: 1 the named town or village,
 * 2 near it or a part of a larger region (a suburb, "outside X"), 3 a province or country.
 *
 * @param iso         ISO 3166-1 numeric code of the country, as ACLED's iso column (760 for Syria)
 * @param countryCode ISO 3166-1 alpha-2 code of the country (SY)
 * @param geonameId   the GeoNames id of the resolved place, or null when the place is not from GeoNames
 * @param latitude    null (with the longitude) when the report gives no place to point at
 */
public record Location(String location, Integer iso, String countryCode, String country, String admin1, String admin2,
                       String admin3, Double latitude, Double longitude, int geoPrecision, Long geonameId) {
    /** An incident whose report names neither a place nor a country: no coordinates, precision 3. */
    public static final Location UNKNOWN = new Location(null, null, null, null, null, null, null, null, null, 3, null);

    /** The same area with no point: a country or province known, but no place in it that the text names. */
    public Location withoutCoordinates() {
        return new Location(location, iso, countryCode, country, admin1, admin2, admin3, null, null, geoPrecision, null);
    }
}
