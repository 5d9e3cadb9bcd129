package org.sitrep.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

class IncidentCombinerTest {
    private static Event event(Location place, DatePrecision precision, Integer killed, Integer high) {
        return new Event("x", "d", new EventDate(LocalDate.of(2016, 9, 5), precision, true), "Political violence",
                "Explosions/Remote violence", "Remote explosive/landmine/IED", null, null, List.of(), null, List.of(), null, place,
                null, null, null, killed, killed, high, null, null, null, null, Modality.ASSERTED, null, List.of(), null, 0.5,
                List.of(new Evidence("d", "s", 0, 1)), List.of());
    }

    @Test
    void theMostPreciseAccountGivesPlaceAndDateTheLowestCountGivesFatalitiesTheRangeIsKept() {
        Location province = new Location("Tartus Governorate", 760, "SY", "Syria", "Tartus", null, null, 35.0, 36.0, 3, null);
        Location town = new Location("Tartus", 760, "SY", "Syria", "Tartus", "Tartus", null, 34.889, 35.887, 1, null);
        Incident incident = new IncidentCombiner().combine(List.of(
                new SourceEvent("D1", "Regime media", LocalDateTime.of(2016, 9, 5, 9, 0), event(province, DatePrecision.DAY, 30, null)),
                new SourceEvent("D2", "Activists", LocalDateTime.of(2016, 9, 5, 18, 0), event(town, DatePrecision.DAY, 48, 60)),
                new SourceEvent("D2", "Activists", LocalDateTime.of(2016, 9, 5, 18, 0), event(town, DatePrecision.MONTH, null, null))));
        assertEquals("Tartus", incident.event().location().location());
        assertEquals(DatePrecision.DAY, incident.event().eventDate().precision());
        assertEquals(30, incident.event().fatalities());
        assertEquals(30, incident.event().fatalitiesLow());
        assertEquals(60, incident.event().fatalitiesHigh());
        assertEquals("Regime media; Activists", incident.event().source());
        assertEquals(2, incident.numSources());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 0), incident.firstReported());
        assertEquals(LocalDateTime.of(2016, 9, 5, 18, 0), incident.lastReported());
        assertEquals(3, incident.event().evidence().size());
    }
}
