package org.sitrep.model;

/**
 * Who holds a place, as a report states it ("regime-held Tartus", "rebels retook the school").
 *
 * @param previousHolder the holder before, when the report says the place changed hands; else null
 */
public record ControlObservation(String id, String documentId, String place, Location location, Actor holder,
                                 Actor previousHolder, EventDate asOf, Evidence evidence) {
}
