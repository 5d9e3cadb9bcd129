package org.sitrep.gazetteer;

import java.util.Objects;

/**
 * One gazetteer entry: a populated place, an administrative area, a country or a site.
 *
 * @param id            the GeoNames id when the place comes from GeoNames (directly or through Who's On
 *                      First), otherwise a stable negative id derived from the source's own id
 * @param featureClass  GeoNames feature class: A area, P populated place, S site, T terrain, H water, L area
 *                      (continents: L/CONT, with an empty country code)
 * @param featureCode   GeoNames feature code, e.g. PCLI, ADM1, ADM2, PPLC, PPLA, PPL, AIRP
 * @param admin1Code    GeoNames admin-1 code within the country ("12" for Idlib); empty when unknown
 * @param admin1Name    name of that admin-1 area; empty when unknown
 * @param admin2Name    name of the admin-2 area (district); empty when unknown
 * @param population    0 when unknown
 * @param source        {@value #GEONAMES}, {@value #WOF} or {@value #UCDP}
 */
public record Place(long id, String name, double latitude, double longitude, String featureClass,
                    String featureCode, String countryCode, String countryName, String admin1Code,
                    String admin1Name, String admin2Name, long population, String source) {

    public static final String GEONAMES = "geonames";
    public static final String WOF = "wof";
    public static final String UCDP = "ucdp";

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(countryName, "countryName");
        Objects.requireNonNull(admin1Code, "admin1Code");
        Objects.requireNonNull(admin1Name, "admin1Name");
        Objects.requireNonNull(admin2Name, "admin2Name");
        Objects.requireNonNull(source, "source");
    }

    /** An independent or dependent country (GeoNames PCL*). */
    public boolean isCountry() {
        return isCountry(featureClass, featureCode);
    }

    /** A continent (GeoNames L/CONT): "Africa", "Europe". */
    public boolean isContinent() {
        return isContinent(featureClass, featureCode);
    }

    /** A first-level division: governorate, province, state. */
    public boolean isAdmin1() {
        return isAdmin1(featureClass, featureCode);
    }

    /** A second-level division: district. */
    public boolean isAdmin2() {
        return isAdmin2(featureClass, featureCode);
    }

    /** A city, town, village or a section of one (GeoNames class P). */
    public boolean isPopulatedPlace() {
        return isPopulatedPlace(featureClass);
    }

    // The same tests on the bare codes, for the gazetteer, which ranks places before it makes their records.

    static boolean isCountry(String featureClass, String featureCode) {
        return "A".equals(featureClass) && featureCode.startsWith("PCL");
    }

    static boolean isContinent(String featureClass, String featureCode) {
        return "L".equals(featureClass) && "CONT".equals(featureCode);
    }

    static boolean isAdmin1(String featureClass, String featureCode) {
        return "A".equals(featureClass) && "ADM1".equals(featureCode);
    }

    static boolean isAdmin2(String featureClass, String featureCode) {
        return "A".equals(featureClass) && "ADM2".equals(featureCode);
    }

    static boolean isPopulatedPlace(String featureClass) {
        return "P".equals(featureClass);
    }
}
