package org.sitrep.model;

import java.util.List;

/**
 * One coded incident, with ACLED's columns plus what ACLED does not carry: date precision,
 * modality, claims, weapons, injured, a fatality range, the attributed source, confidence and
 * the evidence sentences it was read from.
 *
 * @param category    a finer grouping inside a sub-event type, e.g. {@code diplomacy} for talks
 *                    and agreements, so that users can keep or drop them; null when none applies
 * @param fatalities  ACLED's fatalities: the lowest count the report asserts for this incident, or null when it gives none
 * @param arrested    how many people the report says the incident arrested or detained, or null when it gives no number
 * @param abducted    how many it says were abducted or taken hostage, or null
 * @param attributedTo who the report says the information comes from ("Local Coordination Committees")
 * @param confidence  0..1, how sure the coder is of the event type and place together
 * @param triggers    the words that named the incident ("car bombs", "retook"), in the evidence sentences
 */
public record Event(
        String id,
        String documentId,
        EventDate eventDate,
        String disorderType,
        String eventType,
        String subEventType,
        String category,
        Actor actor1,
        List<String> assocActor1,
        Actor actor2,
        List<String> assocActor2,
        String civilianTargeting,
        Location location,
        String source,
        String sourceScale,
        String notes,
        Integer fatalities,
        Integer fatalitiesLow,
        Integer fatalitiesHigh,
        Integer injured,
        String injuredText,
        Integer arrested,
        Integer abducted,
        Modality modality,
        Actor claimedBy,
        List<String> weapons,
        String attributedTo,
        double confidence,
        List<Evidence> evidence,
        List<Span> triggers) {

    public Event {
        triggers = List.copyOf(triggers);
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
        weapons = List.copyOf(weapons);
        evidence = List.copyOf(evidence);
    }

    public Integer inter1() {
        return actor1 == null ? null : actor1.inter();
    }

    public Integer inter2() {
        return actor2 == null ? null : actor2.inter();
    }

    /** ACLED's interaction code: the two inter codes, lower first (e.g. 12 state forces vs rebels; 10 for one-sided). */
    public Integer interaction() {
        if (actor1 == null) {
            return null;
        }
        int a = actor1.inter();
        int b = actor2 == null ? 0 : actor2.inter();
        return b == 0 ? a * 10 : Math.min(a, b) * 10 + Math.max(a, b);
    }
}
