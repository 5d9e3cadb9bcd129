package org.sitrep.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

class IncidentMatcherTest {
    private static final Location TARTUS = new Location("Tartus", 760, "SY", "Syria", "Tartus", "Tartus", null, 34.889, 35.887, 1, null);
    private static final Location TARTUS_DISTRICT = new Location("Tartus", 760, "SY", "Syria", "Tartus", "Tartus", null, 34.85, 35.95, 2, null);
    private static final Location BANIYAS = new Location("Baniyas", 760, "SY", "Syria", "Tartus", "Baniyas", null, 35.18, 35.94, 1, null);
    private static final Actor SYRIA = new Actor("syrian-government", "Military Forces of Syria (2000-)", 1, "SY");
    private static final Actor IS = new Actor("islamic-state", "Islamic State", 2, null);
    private static final Actor REBELS = new Actor("syrian-rebels", "Opposition Rebels (Syria)", 2, "SY");

    private final IncidentMatcher matcher = new IncidentMatcher();

    private static Event event(String type, String sub, EventDate date, Location place, Actor a1, Actor a2, Modality modality, String sentence) {
        return new Event("x", "d", date, "Political violence", type, sub, null, a1, List.of(), a2, List.of(), null, place, null, null,
                null, null, null, null, null, null, null, null, modality, null, List.of(), null, 0.5, List.of(new Evidence("d", sentence, 0, sentence.length())), List.of());
    }

    private static EventDate day(int d) {
        return new EventDate(LocalDate.of(2016, 9, d), DatePrecision.DAY, true);
    }

    private static Event bomb(EventDate date, Location place, Actor a1) {
        return event("Explosions/Remote violence", "Remote explosive/landmine/IED", date, place, a1, null, Modality.ASSERTED, "A car bomb exploded in Tartus.");
    }

    private Optional<IncidentMatcher.Match> match(Event incoming, Event stored) {
        return matcher.bestMatch(incoming, "new", List.of(new IncidentMatcher.Candidate("SY1", stored, Set.of("old"))));
    }

    @Test
    void sameKindPlaceAndDayMatchWithReasons() {
        var m = match(bomb(day(5), TARTUS, Actor.UNIDENTIFIED), bomb(day(5), TARTUS, IS)).orElseThrow();
        assertTrue(m.reason().contains("dates agree") && m.reason().contains("0.0 km apart") && m.reason().contains("actors compatible"), m.reason());
    }

    @Test
    void aDayApartStillMatchesTwoDaysDoNot() {
        assertTrue(match(bomb(day(6), TARTUS, null), bomb(day(5), TARTUS, null)).isPresent());
        assertTrue(match(bomb(day(7), TARTUS, null), bomb(day(5), TARTUS, null)).isEmpty());
    }

    @Test
    void aMonthPrecisionDateCoversItsDays() {
        EventDate september = new EventDate(LocalDate.of(2016, 9, 1), DatePrecision.MONTH, true);
        assertTrue(match(bomb(day(20), TARTUS, null), bomb(september, TARTUS, null)).isPresent());
        assertEquals(0, IncidentMatcher.dayGap(day(30), september));
        assertEquals(1, IncidentMatcher.dayGap(new EventDate(LocalDate.of(2016, 10, 1), DatePrecision.DAY, true), september));
    }

    @Test
    void placesFurtherThanTenKilometresAreOtherIncidentsUnlessOnlyTheDistrictIsKnown() {
        assertTrue(match(bomb(day(5), BANIYAS, null), bomb(day(5), TARTUS, null)).isEmpty());
        assertTrue(match(bomb(day(5), TARTUS_DISTRICT, null), bomb(day(5), TARTUS, null)).isPresent());
    }

    @Test
    void accountsWithoutAPlaceAreOneIncidentOnlyWhenTheirWordingAgrees() {
        Location syriaOnly = new Location("Syria", 760, "SY", "Syria", null, null, null, null, null, 3, null);
        Location iraqOnly = new Location("Iraq", 368, "IQ", "Iraq", null, null, null, null, null, 3, null);
        Event told = event("Battles", "Armed clash", day(5), syriaOnly, SYRIA, REBELS, Modality.ASSERTED,
                "Government forces repelled a rebel attack on an army checkpoint overnight.");
        Event retold = event("Battles", "Armed clash", day(5), syriaOnly, SYRIA, REBELS, Modality.ASSERTED,
                "Government forces repelled a rebel attack on an army checkpoint overnight, state media said.");
        Event other = event("Battles", "Armed clash", day(5), syriaOnly, SYRIA, REBELS, Modality.ASSERTED,
                "Fighting broke out between troops and insurgents in the south.");
        var m = match(retold, told).orElseThrow();
        assertTrue(m.reason().contains("no place named"), m.reason());
        assertTrue(match(other, told).isEmpty(), "a country and a day in common are not one incident");
        assertTrue(match(event("Battles", "Armed clash", day(5), iraqOnly, SYRIA, REBELS, Modality.ASSERTED,
                "Government forces repelled a rebel attack on an army checkpoint overnight."), told).isEmpty());
    }

    @Test
    void differentTypesModalitiesOrActorsDoNotMatch() {
        Event clash = event("Battles", "Armed clash", day(5), TARTUS, SYRIA, REBELS, Modality.ASSERTED, "Clashes in Tartus.");
        assertTrue(match(clash, bomb(day(5), TARTUS, null)).isEmpty());
        Event planned = event("Explosions/Remote violence", "Remote explosive/landmine/IED", day(5), TARTUS, null, null, Modality.PLANNED, "x");
        assertTrue(match(planned, bomb(day(5), TARTUS, null)).isEmpty());
        assertTrue(match(bomb(day(5), TARTUS, SYRIA), bomb(day(5), TARTUS, IS)).isEmpty());
    }

    @Test
    void theSameClashToldFromTheOtherSideMatches() {
        Event fromRebels = event("Battles", "Armed clash", day(5), TARTUS, REBELS, SYRIA, Modality.ASSERTED, "Rebels fought the army in Tartus.");
        Event fromArmy = event("Battles", "Armed clash", day(5), TARTUS, SYRIA, REBELS, Modality.ASSERTED, "The army fought rebels in Tartus.");
        assertTrue(match(fromRebels, fromArmy).isPresent());
    }

    @Test
    void anIncidentAlreadyFedByTheSameDocumentIsNotACandidate() {
        var candidates = List.of(new IncidentMatcher.Candidate("SY1", bomb(day(5), TARTUS, null), Set.of("new")));
        assertTrue(matcher.bestMatch(bomb(day(5), TARTUS, null), "new", candidates).isEmpty());
    }

    @Test
    void theClosestCandidateWins() {
        Location nearby = new Location("Nearby", 760, "SY", "Syria", "Tartus", "Tartus", null, 34.93, 35.90, 1, null);
        var candidates = List.of(new IncidentMatcher.Candidate("FAR", bomb(day(5), nearby, null), Set.of("a")),
                new IncidentMatcher.Candidate("NEAR", bomb(day(5), TARTUS, null), Set.of("b")));
        assertEquals("NEAR", matcher.bestMatch(bomb(day(5), TARTUS, null), "new", candidates).orElseThrow().incidentId());
    }
}
