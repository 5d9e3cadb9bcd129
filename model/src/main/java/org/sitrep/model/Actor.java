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
    public static final Actor CIVILIANS = new Actor("civilians", "Civilians", 7, null);
}
