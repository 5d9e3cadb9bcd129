package org.sitrep.gazetteer.build;

import java.util.Map;
import java.util.Optional;

/** Maps the place types of Who's On First and the type words of UCDP GED to GeoNames feature codes. */
final class FeatureTypes {

    /** A GeoNames feature class and code. */
    record Feature(String featureClass, String featureCode) {
    }

    private static final Feature POPULATED_PLACE = new Feature("P", "PPL");
    private static final Feature SECTION_OF_PLACE = new Feature("P", "PPLX");
    private static final Feature DISTRICT = new Feature("A", "ADM2");
    private static final Feature SUB_DISTRICT = new Feature("A", "ADM3");
    private static final Feature MILITARY_BASE = new Feature("S", "MILB");
    private static final Feature BUILDING = new Feature("S", "BLDG");

    private static final Map<String, Feature> WOF_PLACETYPES = Map.of(
            "locality", POPULATED_PLACE,
            "neighbourhood", SECTION_OF_PLACE,
            "county", DISTRICT,
            "region", new Feature("A", "ADM1"),
            "localadmin", SUB_DISTRICT,
            // WOF files airports under "campus"
            "campus", new Feature("S", "AIRP"));

    /**
     * UCDP's trailing type words. Absent on purpose: words for stretches and vague areas ("road",
     * "highway", "border", "area", "descriptive", "sector", "tract", "location", "feature"), which
     * name no point a report could be geocoded to.
     */
    private static final Map<String, Feature> UCDP_TYPE_WORDS = Map.ofEntries(
            Map.entry("village", POPULATED_PLACE), Map.entry("villages", POPULATED_PLACE),
            Map.entry("town", POPULATED_PLACE), Map.entry("city", POPULATED_PLACE),
            Map.entry("township", POPULATED_PLACE), Map.entry("locality", POPULATED_PLACE),
            Map.entry("unspecified", POPULATED_PLACE),
            Map.entry("suburb", SECTION_OF_PLACE), Map.entry("neighbourhood", SECTION_OF_PLACE),
            Map.entry("district", DISTRICT), Map.entry("woreda", SUB_DISTRICT), Map.entry("sub-district", SUB_DISTRICT),
            Map.entry("camp", new Feature("S", "CMP")),
            Map.entry("base", MILITARY_BASE), Map.entry("military unit", MILITARY_BASE),
            Map.entry("outpost", MILITARY_BASE), Map.entry("checkpoint", MILITARY_BASE),
            Map.entry("airbase", new Feature("S", "AIRB")), Map.entry("airfield", new Feature("S", "AIRF")),
            Map.entry("airport", new Feature("S", "AIRP")),
            Map.entry("dam", new Feature("S", "DAM")), Map.entry("bridge", new Feature("S", "BDG")),
            Map.entry("prison", new Feature("S", "PRN")), Map.entry("farm", new Feature("S", "FRM")),
            Map.entry("mine", new Feature("S", "MN")), Map.entry("station", BUILDING),
            Map.entry("complex", BUILDING), Map.entry("plant", BUILDING), Map.entry("factory", BUILDING),
            Map.entry("mountain", new Feature("T", "MT")), Map.entry("hill", new Feature("T", "HLL")),
            Map.entry("hills", new Feature("T", "HLLS")), Map.entry("valley", new Feature("T", "VAL")),
            Map.entry("island", new Feature("T", "ISL")), Map.entry("desert", new Feature("T", "DSRT")),
            Map.entry("field", new Feature("L", "FLD")),
            Map.entry("lake", new Feature("H", "LK")), Map.entry("river", new Feature("H", "STM")),
            Map.entry("stream", new Feature("H", "STM")), Map.entry("reservoir", new Feature("H", "RSV")));

    private FeatureTypes() {
    }

    /**
     * The feature of a WOF {@code feature} column, "placetype" or "placetype;gn:CODE". A GeoNames code
     * wins when it names a populated place or an administrative division.
     */
    static Optional<Feature> ofWof(String featureColumn) {
        String[] parts = featureColumn.split(";");
        Feature byPlacetype = WOF_PLACETYPES.get(parts[0]);
        if (byPlacetype == null) {
            return Optional.empty();
        }
        if (parts.length > 1 && parts[1].startsWith("gn:")) {
            String code = parts[1].substring(3);
            if (code.startsWith("PPL") && byPlacetype.featureClass().equals("P")) {
                return Optional.of(new Feature("P", code));
            }
            if (code.startsWith("ADM") && byPlacetype.featureClass().equals("A")) {
                return Optional.of(new Feature("A", code));
            }
        }
        return Optional.of(byPlacetype);
    }

    /** The feature of a UCDP type word; empty for vague areas and stretches. */
    static Optional<Feature> ofUcdp(String typeWord) {
        return Optional.ofNullable(UCDP_TYPE_WORDS.get(typeWord));
    }
}
