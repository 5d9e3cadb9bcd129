package org.sitrep.model;

/**
 * A normalised actor as ACLED names it ("Military Forces of Syria (2000-)"), with its
 * ACLED inter code (1 state forces, 2 rebels, 3 political militia, 4 identity militia,
 * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces) and ISO country where it has one.
 *
 * @param key stable identifier of the actor in the dictionary (e.g. {@code syrian-government})
 */
public record Actor(String key, String name, int inter, String iso) {
    public static final Actor UNIDENTIFIED = new Actor("unidentified", "Unidentified Armed Group", 3, null);
    /** The prefix of the keys of actors that a report leaves unidentified (an armed group, military forces). */
    public static final String UNIDENTIFIED_KEY_PREFIX = "unidentified";

    /**
     * Whether the report leaves this actor unidentified ("Unidentified Armed Group", "Unidentified Military
     * Forces"): a later claim or attribution may name it, and it agrees with any named actor when accounts merge.
     */
    public boolean isUnidentified() {
        return key.startsWith(UNIDENTIFIED_KEY_PREFIX);
    }

    /** Where a generic actor's name takes the country it belongs to: "Military Forces of {country}", "Protesters ({country})". */
    public static final String COUNTRY_SLOT = "{country}";

    /**
     * A generic actor ("Military Forces of {country}": the troops of a country the dictionary does not list;
     * "Protesters ({country})") named after the country it was seen in, as ACLED names them, or without a country
     * when there is none ("Military Forces (country unknown)", "Protesters"); any other actor as it is.
     */
    public Actor inCountry(String countryCode, String countryName) {
        if (!name.contains(COUNTRY_SLOT)) {
            return this;
        }
        if (countryCode == null || countryName == null) {
            return new Actor(key, name.replace(" of " + COUNTRY_SLOT, " (country unknown)").replace(" (" + COUNTRY_SLOT + ")", ""),
                    inter, null);
        }
        return new Actor(key + "-" + countryCode.toLowerCase(java.util.Locale.ROOT), name.replace(COUNTRY_SLOT, countryName),
                inter, countryCode);
    }
}
