package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.GoldStandard;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;

/**
 * The golden test: the seed report (../shared/corpus/seed) coded against its hand-coding
 * (../shared/eval/seed-gold.json), published 2016-09-05.
 */
class SeedGoldenTest {
    private static Extraction extraction;
    private static GoldStandard gold;
    private static GoldStandard.Score score;

    @BeforeAll
    static void extractSeed() throws IOException {
        String text = Files.readString(SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt"), StandardCharsets.UTF_8);
        Document seed = new Document("interpreter-2016-09-05-syria-live", "The Interpreter", null,
                LocalDate.of(2016, 9, 5).atStartOfDay(), text, List.of());
        extraction = Extractor.createDefault().extract(seed);
        gold = GoldStandard.read(SharedData.path("eval/seed-gold.json"));
        score = gold.score(extraction);
        System.out.println(score.summaryLine());
        score.events().forEach(r -> System.out.println((r.found() ? "HIT  " : "MISS ") + r.gold().need() + " " + r.gold().key()
                + (r.found() ? " <- " + r.matched().eventType() + " / " + r.matched().subEventType() + " | " + r.matched().actor1().name()
                + " | " + r.matched().location().location() + " " + r.matched().eventDate().iso() : "")));
    }

    @Test
    void everyMustEventHasItsTypeSubTypeDatePlaceAndActorGroup() {
        List<GoldStandard.EventResult> must = score.events().stream().filter(r -> r.gold().need().equals("must")).toList();
        assertEquals(7, must.size(), "the seed's gold has 7 must events");
        String wrong = must.stream().filter(r -> !(r.found() && r.typeOk() && r.subTypeOk() && r.actorOk()))
                .map(r -> r.gold().key() + (r.found() ? " (type " + r.typeOk() + ", sub-type " + r.subTypeOk() + ", actor " + r.actorOk()
                        + ": " + r.matched().actor1().name() + ")" : " (not found)"))
                .collect(Collectors.joining(", "));
        assertTrue(wrong.isEmpty(), "must events wrong: " + wrong);
    }

    @Test
    void thePlannedGeneralAssemblyMeetingIsNotAnEventThatOccurred() {
        assertTrue(score.neverHits().isEmpty(), "occurred events where only a planned one is: " + score.neverHits());
    }

    @Test
    void theDailyTollIsACasualtyReportAndNobodysFatalities() {
        assertTrue(score.falseTolls().isEmpty(), "events booked with the toll as fatalities: " + score.falseTolls());
        CasualtyReport toll = extraction.casualtyReports().stream().filter(t -> Integer.valueOf(57).equals(t.killed())).findFirst()
                .orElseThrow(() -> new AssertionError("no casualty report of 57 killed: " + extraction.casualtyReports()));
        assertEquals("2016-09-04", toll.period().iso(), "the toll is for yesterday");
        assertEquals("Local Coordination Committees", toll.attributedTo());
        assertEquals("SY", toll.location().countryCode());
        assertEquals(760, toll.location().iso());
    }

    @Test
    void theControlObservationsComeOut() {
        String missing = score.controls().entrySet().stream().filter(e -> !e.getValue())
                .map(e -> e.getKey().place() + " held by " + e.getKey().holderGroup()).collect(Collectors.joining(", "));
        assertTrue(missing.isEmpty(), "control observations missing: " + missing + "; got " + extraction.controlObservations());
    }

    @Test
    void noViolentEventIsPinnedToACountrysCentroid() {
        extraction.events().stream().filter(e -> !e.eventType().equals("Strategic developments"))
                .forEach(e -> assertTrue(e.location().admin1() != null || e.location().latitude() == null,
                        () -> e.id() + " at " + e.location()));
    }

    @Test
    void typesAreRightForWhatIsMatched() {
        assertTrue(score.typeAccuracy() >= 0.9, "type accuracy " + score.typeAccuracy());
    }

    @Test
    void everyEventCarriesItsEvidenceSentence() {
        String text = extraction.document().text();
        extraction.events().forEach(e -> e.evidence().forEach(ev ->
                assertEquals(ev.sentence(), text.substring(ev.start(), ev.end()), "evidence offsets of " + e.id())));
    }
}
