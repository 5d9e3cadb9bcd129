package org.sitrep.eval;

import org.sitrep.model.GreatCircle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

class ExtractorEvaluationTest {
    private static final double SARAQIB_LAT = 35.8624;
    private static final double SARAQIB_LON = 36.8006;
    private static final String EXPLOSIONS = "Explosions/Remote violence";
    private static final String DRONE_STRIKE = "Air/drone strike";
    private static final Actor ISLAMIC_STATE = new Actor("islamic-state", "Islamic State (Syria)", 2, null);

    /**
     * Reads every text as one drone strike by the Islamic State at Saraqib on the publication day, with no toll,
     * and a denied strike on Mosul that must not count; an empty text gives nothing, an undated one a fixed day.
     */
    private static final Function<Document, Extraction> FIXED_POINT_EXTRACTOR = document -> {
        if (document.text().isEmpty()) {
            return extraction(document, List.of());
        }
        LocalDate day = document.published() == null ? LocalDate.of(2016, 1, 1) : document.published().toLocalDate();
        return extraction(document, List.of(
                event(document, Modality.NEGATED, EXPLOSIONS, 36.335, 43.1189, day),
                event(document, Modality.ASSERTED, EXPLOSIONS, SARAQIB_LAT, SARAQIB_LON, day)));
    };

    private static final double ONE_HUNDRED_KM_NORTH = SARAQIB_LAT + 0.9;

    private static final List<ReferenceIncident> INCIDENTS = List.of(
            new ReferenceIncident("on-the-spot", "a drone struck Saraqib", LocalDate.of(2016, 9, 5), "Syria", "Idleb",
                    "Saraqib", SARAQIB_LAT, SARAQIB_LON, EXPLOSIONS, DRONE_STRIKE,
                    "Islamic State of Iraq and the Levant (ISIL)", 0, 0, true),
            new ReferenceIncident("hundred-km", "a clash north of Saraqib", LocalDate.of(2016, 9, 6), "Turkey", null,
                    null, ONE_HUNDRED_KM_NORTH, SARAQIB_LON, "Battles", "Armed clash", "Free Syrian Army", 3, 2, false),
            new ReferenceIncident("mosul-undated", "something in Mosul", null, "Iraq", "Ninewa", "Mosul",
                    36.335, 43.1189, null, null, null, null, null, null),
            new ReferenceIncident("empty-text", "", LocalDate.of(2016, 9, 7), "Syria", "Idleb", "Saraqib",
                    SARAQIB_LAT, SARAQIB_LON, EXPLOSIONS, DRONE_STRIKE, null, 1, 0, false));

    @Test
    void scoresEachFieldOverTheIncidentsWhoseReferenceGivesIt() {
        EvaluationReport report = new ExtractorEvaluation(FIXED_POINT_EXTRACTOR).evaluate(INCIDENTS, 0);

        assertEquals(4, report.incidents());
        assertScore(report, ScoredField.EVENT_FOUND, 3, 4);
        assertScore(report, ScoredField.EVENT_TYPE, 1, 3);
        assertScore(report, ScoredField.SUB_EVENT_TYPE, 1, 3);
        assertScore(report, ScoredField.DATE, 2, 3);
        assertScore(report, ScoredField.PLACE_25_KM, 1, 4);
        assertScore(report, ScoredField.PLACE_161_KM, 2, 4);
        // no toll extracted reads as ACLED's 0: right for on-the-spot, wrong for hundred-km (3)
        assertScore(report, ScoredField.FATALITIES, 1, 3);
        // ISIL ~ Islamic State (Syria) by the alias table; the Free Syrian Army is not the Islamic State
        assertScore(report, ScoredField.ACTOR1, 1, 2);
        // no injured extracted reads as 0 too: right for on-the-spot, wrong for hundred-km (2); empty-text has no event
        assertScore(report, ScoredField.INJURED, 1, 3);
        // the fixed events do not target civilians: right for hundred-km only, and empty-text has no event
        assertScore(report, ScoredField.CIVILIAN_TARGETING, 1, 3);
        // distances 0, ~100 and ~592 km (Saraqib to Mosul): the median is the 100 km one
        assertEquals(3, report.kmErrorsMeasured());
        assertEquals(GreatCircle.km(ONE_HUNDRED_KM_NORTH, SARAQIB_LON, SARAQIB_LAT, SARAQIB_LON), report.medianKmError());
        assertEquals(100.1, report.medianKmError(), 0.1);
    }

    @Test
    void theDayAfterProtocolRemovesTheLeadingDateAndPublishesOnTheNextDay() {
        List<Document> seen = new ArrayList<>();
        Function<Document, Extraction> recording = document -> {
            seen.add(document);
            return FIXED_POINT_EXTRACTOR.apply(document);
        };
        ReferenceIncident prefixed = new ReferenceIncident("gtd", "10/12/2016: Assailants fired mortars in Saraqib.",
                LocalDate.of(2016, 10, 12), "Syria", null, null, SARAQIB_LAT, SARAQIB_LON, EXPLOSIONS, DRONE_STRIKE, null, 0,
                null, null);
        ExtractorEvaluation evaluation = new ExtractorEvaluation(recording, ExtractorEvaluation.DateProtocol.DAY_AFTER);
        EvaluationReport report = evaluation.evaluate(List.of(prefixed), 0);

        assertEquals("Assailants fired mortars in Saraqib.", seen.get(0).text());
        assertEquals(LocalDateTime.of(2016, 10, 13, 12, 0), seen.get(0).published());
        // the fixed extractor dates its event on the publication day: one day late, and named as a miss
        assertScore(report, ScoredField.DATE, 0, 1);
        assertEquals(List.of(new ExtractorEvaluation.Miss("gtd", ScoredField.DATE, "2016-10-12",
                "2016-10-13 (day, inferred)", "Assailants fired mortars in Saraqib.")),
                evaluation.misses(ScoredField.DATE));

        seen.clear();
        new ExtractorEvaluation(recording).evaluate(List.of(prefixed), 0);
        assertEquals(prefixed.text(), seen.get(0).text(), "the default protocol gives the text as it is");
        assertEquals(LocalDateTime.of(2016, 10, 12, 12, 0), seen.get(0).published());
    }

    @Test
    void injuredAndCivilianTargetingAreScoredAgainstTheMatchAndTheirMissesNamed() {
        LocalDate day = LocalDate.of(2016, 9, 5);
        ReferenceIncident market = new ReferenceIncident("market", "a drone struck the market of Saraqib", day, "Syria",
                "Idleb", "Saraqib", SARAQIB_LAT, SARAQIB_LON, EXPLOSIONS, DRONE_STRIKE, null, 0, 3, true);
        ReferenceIncident checkpoint = new ReferenceIncident("checkpoint", "a drone struck a checkpoint at Saraqib", day,
                "Syria", "Idleb", "Saraqib", SARAQIB_LAT, SARAQIB_LON, EXPLOSIONS, DRONE_STRIKE, null, 0, 2, false);
        Function<Document, Extraction> threeInjuredCivilians = document -> extraction(document, List.of(
                event(document, Modality.ASSERTED, EXPLOSIONS, SARAQIB_LAT, SARAQIB_LON, day, 3, "Civilian targeting")));
        ExtractorEvaluation evaluation = new ExtractorEvaluation(threeInjuredCivilians);

        EvaluationReport report = evaluation.evaluate(List.of(market, checkpoint), 0);

        assertScore(report, ScoredField.INJURED, 1, 2);
        assertScore(report, ScoredField.CIVILIAN_TARGETING, 1, 2);
        assertEquals(List.of(new ExtractorEvaluation.Miss("checkpoint", ScoredField.INJURED, "2", "3", checkpoint.text())),
                evaluation.misses(ScoredField.INJURED));
        assertEquals(List.of(new ExtractorEvaluation.Miss("checkpoint", ScoredField.CIVILIAN_TARGETING,
                "no civilian targeting", "civilian targeting", checkpoint.text())),
                evaluation.misses(ScoredField.CIVILIAN_TARGETING));
    }

    @Test
    void evaluatesOnlyTheFirstIncidentsUpToTheLimit() {
        EvaluationReport report = new ExtractorEvaluation(FIXED_POINT_EXTRACTOR).evaluate(INCIDENTS, 2);

        assertEquals(2, report.incidents());
        assertScore(report, ScoredField.EVENT_FOUND, 2, 2);
        assertEquals(50.05, report.medianKmError(), 0.1);
    }

    @Test
    void theExtractorReadsTheIncidentAsADocumentPublishedAtNoonOfItsDay() {
        List<Document> seen = new ArrayList<>();
        new ExtractorEvaluation(document -> {
            seen.add(document);
            return extraction(document, List.of());
        }).evaluate(INCIDENTS, 0);

        assertEquals(List.of("on-the-spot", "hundred-km", "mosul-undated", "empty-text"),
                seen.stream().map(Document::id).toList());
        assertEquals(LocalDateTime.of(2016, 9, 5, 12, 0), seen.get(0).published());
        assertEquals(null, seen.get(2).published());
        assertEquals("a drone struck Saraqib", seen.get(0).text());
    }

    @Test
    void theClosestEventIsScoredThenTheOneOfTheSameType() {
        ReferenceIncident saraqib = INCIDENTS.getFirst();
        LocalDate day = saraqib.date();
        // far but of the right type, near but of another type: place wins
        Function<Document, Extraction> nearWrongType = document -> extraction(document, List.of(
                event(document, Modality.ASSERTED, EXPLOSIONS, 36.335, 43.1189, day),
                event(document, Modality.ASSERTED, "Battles", SARAQIB_LAT, SARAQIB_LON, day)));
        // two at the same place: the one of the reference's type wins although it comes second
        Function<Document, Extraction> sameTypeSecond = document -> extraction(document, List.of(
                event(document, Modality.ASSERTED, "Battles", SARAQIB_LAT, SARAQIB_LON, day),
                event(document, Modality.ASSERTED, EXPLOSIONS, SARAQIB_LAT, SARAQIB_LON, day)));

        EvaluationReport placeFirst = new ExtractorEvaluation(nearWrongType).evaluate(List.of(saraqib), 0);
        EvaluationReport typeSecond = new ExtractorEvaluation(sameTypeSecond).evaluate(List.of(saraqib), 0);

        assertScore(placeFirst, ScoredField.PLACE_25_KM, 1, 1);
        assertScore(placeFirst, ScoredField.EVENT_TYPE, 0, 1);
        assertScore(typeSecond, ScoredField.EVENT_TYPE, 1, 1);
    }

    @Test
    void anExtractorFailureNamesTheIncident() {
        ExtractorEvaluation evaluation = new ExtractorEvaluation(document -> {
            throw new IllegalArgumentException("no sentences");
        });

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> evaluation.evaluate(INCIDENTS, 0));

        assertEquals("extractor failed on incident on-the-spot: no sentences", error.getMessage());
    }

    @Test
    void theReportPrintsAnAlignedTableAndAMapForJson() {
        EvaluationReport report = new EvaluationReport(4, List.of(
                new FieldScore(ScoredField.EVENT_FOUND, 3, 4),
                new FieldScore(ScoredField.SUB_EVENT_TYPE, 0, 0)), 100.07, 3, 12);

        assertEquals("""
                field           hits/n       %
                event found        3/4    75.0
                sub-event type     0/0       -
                median km error: 100.1 (over 3 events with coordinates)
                incidents: 4, elapsed: 12 ms
                """, report.toTable());
        Map<String, Object> map = report.toMap();
        assertEquals(List.of("incidents", "fields", "medianKmError", "kmErrorsMeasured", "elapsedMs"),
                List.copyOf(map.keySet()));
        Map<?, ?> fields = (Map<?, ?>) map.get("fields");
        assertEquals(Map.of("hits", 3, "total", 4, "rate", 0.75), fields.get("event_found"));
        assertTrue(((Map<?, ?>) fields.get("sub_event_type")).containsKey("rate"));
        assertEquals(null, ((Map<?, ?>) fields.get("sub_event_type")).get("rate"));
    }

    private static void assertScore(EvaluationReport report, ScoredField field, int hits, int total) {
        FieldScore score = report.score(field);
        assertEquals(hits + "/" + total, score.hits() + "/" + score.total(), field.label());
    }

    private static Extraction extraction(Document document, List<Event> events) {
        return new Extraction(document, events, List.of(), List.of());
    }

    private static Event event(Document document, Modality modality, String eventType, double latitude,
                               double longitude, LocalDate day) {
        return event(document, modality, eventType, latitude, longitude, day, null, null);
    }

    /** The one place this test builds an {@link Event}: the record gains components now and then. */
    private static Event event(Document document, Modality modality, String eventType, double latitude,
                               double longitude, LocalDate day, Integer injured, String civilianTargeting) {
        Location location = new Location("somewhere", null, null, null, null, null, null, latitude, longitude, 1, null);
        return new Event(document.id() + "-" + eventType, document.id(), new EventDate(day, DatePrecision.DAY, false),
                "Political violence", eventType, EXPLOSIONS.equals(eventType) ? DRONE_STRIKE : "Armed clash", null,
                ISLAMIC_STATE, List.of(), null, List.of(), civilianTargeting, location, null, null, null, null, null, null,
                injured, null, null, null, modality, null, List.of(), null, 0.9, List.of(), List.of());
    }
}
