package org.sitrep.model;

/**
 * An aggregate toll ("a total of 57 people died in Syria yesterday"): a count over an area and a
 * period, not the fatalities of any single incident.
 */
public record CasualtyReport(String id, String documentId, String area, Location location, EventDate period,
                             Integer killed, Integer injured, String attributedTo, Evidence evidence) {
}
