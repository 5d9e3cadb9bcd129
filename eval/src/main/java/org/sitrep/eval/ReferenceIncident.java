package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded incident of a reference CSV, in ACLED's terms whatever layout it came from. Null means the
 * reference does not say, and the field is then left out of scoring for this incident.
 *
 * @param id           the reference's own id (GTD {@code eventid}, ACLED {@code event_id_cnty})
 * @param text         the one-paragraph report the coding was made from (GTD {@code summary}, ACLED {@code notes})
 * @param date         the day of the incident; null when only the month or year is known
 * @param eventType    ACLED event type; for GTD rows derived by {@code gtd-acled-event-types.tsv}
 * @param subEventType ACLED sub-event type; null when the reference (or the GTD mapping) cannot say
 * @param actor1       the perpetrator as the reference names it; null when unknown
 * @param fatalities   the reference's fatality count, 0 included; null when unknown
 * @param injured      the reference's count of injured, 0 included; null when unknown (and for ACLED, which
 *                     does not count the injured)
 * @param civilianTargeting whether civilians were the main or only target (ACLED's flag; for GTD rows derived
 *                     from the target type by {@code gtd-civilian-targets.tsv}); null when the reference does
 *                     not say
 */
public record ReferenceIncident(String id, String text, LocalDate date, String country, String admin1,
                                String location, Double latitude, Double longitude, String eventType,
                                String subEventType, String actor1, Integer fatalities, Integer injured,
                                Boolean civilianTargeting) {
    public ReferenceIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("incident " + id + " has only one of latitude and longitude");
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
