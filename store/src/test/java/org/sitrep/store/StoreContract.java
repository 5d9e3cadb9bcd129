package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.Reports.HOMS;
import static org.sitrep.store.Reports.TARTUS;
import static org.sitrep.store.Reports.BANIYAS;
import static org.sitrep.store.Reports.bombing;
import static org.sitrep.store.Reports.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Extraction;
import org.sitrep.store.merge.IncidentMatcher;

/** The storage rules, run on every engine: SqliteStoreTest and PostgresStoreTest give the database. */
abstract class StoreContract {
    static final LocalDate DAY = LocalDate.of(2016, 9, 5);
    static final String SEED = "Aftermath of bombings in Tartus this morning. A car bomb hit Homs.";
    static final String TRT = "At least 30 people were killed in a double bomb attack just outside the city of Tartous.";

    SitrepStore store;

    /** A new, empty database for one test: a SQLite path or a PostgreSQL JDBC URL. */
    abstract String newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = SitrepStore.open(newDatabase());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Extraction seed() {
        return document("seed", null, "The Interpreter", SEED,
                bombing(TARTUS, DAY, null, "Aftermath of bombings in Tartus this morning."),
                bombing(HOMS, DAY, null, "A car bomb hit Homs."));
    }

    private static Extraction trt(String text, Integer killed) {
        return document("trt", "https://www.trtworld.com/x", "TRT World", text, bombing(TARTUS, DAY, killed, text));
    }

    private EventQuery all() {
        return EventQuery.builder().limit(1000).build();
    }

    @Test
    void oneIncidentWithEverySourceAndTheRangeOfTolls() {
        store.store(seed(), null);
        StoreOutcome outcome = store.store(trt(TRT, 30), "String of bomb blasts");
        assertEquals(1, outcome.eventsMerged());
        assertEquals(2, store.count(all()));
        Map<String, Object> tartus = only(store.events(EventQuery.builder().text("tartus").build()).events());
        assertEquals(2L, tartus.get("num_sources"));
        assertEquals(30L, tartus.get("fatalities"));
        assertEquals("The Interpreter; TRT World", tartus.get("source"));
        StoredEvent shown = store.event((String) tartus.get("event_id_cnty")).orElseThrow();
        assertEquals(2, shown.sources().size());
        assertTrue(shown.sources().get(1).mergeReason().contains("0.0 km apart"), shown.sources().get(1).mergeReason());
        assertEquals(TRT, shown.sources().get(1).evidence());
    }

    @Test
    void incidentsFarApartInSpaceTimeOrKindStayApart() {
        store.store(seed(), null);
        store.store(document("a", null, "A", "Baniyas blast.", bombing(BANIYAS, DAY, 2, "Baniyas blast.")), null);
        store.store(document("b", null, "B", "Tartus, days later.", bombing(TARTUS, DAY.plusDays(3), 1, "Tartus, days later.")), null);
        store.store(document("c", null, "C", "Clashes in Tartus.", new Reports.Incident("Battles", "Armed clash", DAY, TARTUS,
                Reports.IS, null, "Clashes in Tartus.")), null);
        assertEquals(5, store.count(all()));
    }

    @Test
    void theSameTextAgainIsANoOp() {
        store.store(seed(), null);
        StoreOutcome again = store.store(document("other-id", "https://elsewhere/x", "Mirror", SEED + "\r\n"), null);
        assertEquals(StoreOutcome.Status.DUPLICATE, again.status());
        assertEquals(2, store.count(all()));
        assertTrue(store.documentWithText(SEED).isPresent());
    }

    @Test
    void anUpdatedArticleRecodesItsEventsWithoutDuplicates() {
        store.store(seed(), null);
        StoreOutcome first = store.store(trt(TRT, 30), null);
        String updated = TRT.replace("30", "34") + " Updated.";
        StoreOutcome second = store.store(trt(updated, 34), null);
        assertEquals(StoreOutcome.Status.NEW_VERSION, second.status());
        assertEquals(2, second.version());
        assertEquals(2, store.count(all()));
        Map<String, Object> tartus = only(store.events(EventQuery.builder().text("tartus").build()).events());
        assertEquals(34L, tartus.get("fatalities"));
        assertEquals(2L, tartus.get("num_sources"));
        assertEquals(second.documentId(), store.document(first.documentId()).orElseThrow().supersededBy());
        assertEquals(TRT, store.document(first.documentId()).orElseThrow().text(), "the old version is kept");
    }

    @Test
    void anEditWinsOverReextractionAndIsAudited() {
        store.store(seed(), null);
        store.store(trt(TRT, 30), null);
        String id = (String) only(store.events(EventQuery.builder().text("tartus").build()).events()).get("event_id_cnty");
        store.edit(id, "fatalities", "31", "analyst1", "SANA update");
        store.store(trt(TRT + " More.", 40), null);
        StoredEvent event = store.event(id).orElseThrow();
        assertEquals(31L, event.record().get("fatalities"));
        assertTrue(event.audit().stream().anyMatch(a -> a.action().equals("edited") && a.who().equals("analyst1")
                && "31".equals(a.newValue()) && "SANA update".equals(a.note())));
        assertThrows(IllegalArgumentException.class, () -> store.edit(id, "fatalities", "many", "a", null));
        assertThrows(IllegalArgumentException.class, () -> store.edit(id, "num_sources", "9", "a", null));
        assertThrows(NotFoundException.class, () -> store.edit("SY999999", "fatalities", "1", "a", null));
    }

    @Test
    void rejectedIncidentsLeaveQueriesAndExportsButStayRejected() {
        store.store(seed(), null);
        String id = (String) store.events(all()).events().get(0).get("event_id_cnty");
        store.reject(id, "analyst1", "duplicate of another report");
        assertEquals(1, store.count(all()));
        assertEquals(2, store.count(EventQuery.builder().includeRejected(true).build()));
        store.store(trt(TRT, 30), null);
        assertEquals("rejected", store.event(id).orElseThrow().record().get("status"));
        store.verify(id, "analyst2", null);
        assertEquals("verified", store.event(id).orElseThrow().record().get("status"));
    }

    @Test
    void aSplitUndoesAMerge() {
        store.store(seed(), null);
        StoreOutcome trt = store.store(trt(TRT, 30), null);
        String id = (String) only(store.events(EventQuery.builder().text("tartus").build()).events()).get("event_id_cnty");
        String newId = store.split(id, trt.documentId(), "analyst1", "different bombs");
        assertNotEquals(id, newId);
        assertEquals(1L, store.event(id).orElseThrow().record().get("num_sources"));
        assertNull(store.event(id).orElseThrow().record().get("fatalities"));
        assertEquals(30L, store.event(newId).orElseThrow().record().get("fatalities"));
        assertEquals(3, store.count(all()));
    }

    @Test
    void filtersAndCursorPagesSeeEveryIncidentOnce() {
        List<Extraction> batch = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            var place = Reports.place("Place " + i, 30 + i * 0.2, 40, "Region", "District " + i, 1);
            String text = "Bomb number " + i + ".";
            batch.add(document("doc" + i, null, i % 2 == 0 ? "Even News" : "Odd News", text, bombing(place, DAY.minusDays(i % 30), i, text)));
        }
        store.storeAll(batch);
        Set<Object> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page page = store.events(EventQuery.builder().limit(50).cursor(cursor).build());
            page.events().forEach(e -> assertTrue(seen.add(e.get("event_id_cnty")), "seen twice: " + e.get("event_id_cnty")));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(120, seen.size());
        assertEquals(3, pages);
        assertEquals(60, store.count(EventQuery.builder().source("even").build()));
        assertEquals(10, store.count(EventQuery.builder().minFatalities(110).build()));
        assertEquals(4, store.count(EventQuery.builder().from(DAY).to(DAY).build()));
        assertEquals(5, store.count(EventQuery.builder().bbox(29.9, 39, 30.9, 41).build()));
        assertEquals(120, store.count(EventQuery.builder().country("SY").eventType("Explosions/Remote violence").build()));
        assertEquals(120, store.count(EventQuery.builder().country("sy").build()), "a code in any case");
        assertEquals(120, store.count(EventQuery.builder().country("Syria").build()), "or the name");
        assertEquals(0, store.count(EventQuery.builder().country("IQ").build()));
        assertEquals(50, store.events(EventQuery.builder().country("Syria").minFatalities(70).limit(100).build()).events().size());
        assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.builder().cursor("bm90IGEgY3Vyc29y!").build()));
    }

    @Test
    void aStreamedPageIsThePageWithEvidenceSerialised() throws Exception {
        store.store(seed(), null);
        store.store(trt(TRT, 30), "String of bomb blasts"); // a second source on the Tartus incident
        List<Extraction> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var place = Reports.place("Place " + i, 33 + i * 0.3, 36.5, "Region", "District " + i, 1);
            String text = "Bomb number " + i + ".";
            batch.add(document("doc" + i, null, "Other News", text, bombing(place, DAY.minusDays(i % 3), i == 3 ? null : i, text)));
        }
        store.storeAll(batch);
        ObjectMapper json = new ObjectMapper();
        List<EventQuery> queries = new ArrayList<>(List.of(all(), EventQuery.builder().text("tartus").build(),
                EventQuery.builder().country("nowhere").build(), EventQuery.builder().from(DAY).to(DAY).limit(2).build()));
        // every page of a walk with a cursor, pages ending inside a day and on the incident with two sources
        String cursor = null;
        do {
            EventQuery query = EventQuery.builder().limit(2).cursor(cursor).build();
            queries.add(query);
            cursor = store.events(query).nextCursor();
        } while (cursor != null);
        for (EventQuery query : queries) {
            Page page = store.eventsWithEvidence(query);
            Map<String, Object> expected = new java.util.LinkedHashMap<>();
            expected.put("events", page.events());
            expected.put("next_cursor", page.nextCursor());
            StringWriter streamed = new StringWriter();
            try (var out = json.getFactory().createGenerator(streamed)) {
                store.writeEventsPage(query, out);
            }
            assertEquals(json.writeValueAsString(expected), streamed.toString(), query.toString());
        }
        assertTrue(queries.size() > 6, "the walk has pages");
    }

    @Test
    void everyCommittedWriteMovesTheWriteCountAndTheChangeMark() {
        long writes = store.writesCommitted();
        long mark = store.changeMark();
        store.store(seed(), null);
        assertEquals(writes + 1, store.writesCommitted());
        assertTrue(store.changeMark() > mark);
        String id = (String) store.events(all()).events().get(0).get("event_id_cnty");
        mark = store.changeMark();
        store.verify(id, "analyst", null);
        assertEquals(writes + 2, store.writesCommitted());
        assertTrue(store.changeMark() > mark, "an analyst's action moves the mark too");
        assertThrows(RuntimeException.class, () -> store.verify("XX999", "analyst", null));
        assertEquals(writes + 2, store.writesCommitted(), "a write that was rolled back is not counted");
    }

    @Test
    void exportsKeepAcledsColumnsAndEveryIncident() throws Exception {
        store.store(Reports.withTollAndControl(seed()), null);
        StringWriter csv = new StringWriter();
        assertEquals(2, EventExport.ACLED_CSV.write(store, all(), csv));
        String[] lines = csv.toString().split("\n");
        assertTrue(lines[0].startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,"
                + "admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"), lines[0]);
        assertEquals(3, lines.length);
        StringWriter geojson = new StringWriter();
        EventExport.GEOJSON.write(store, all(), geojson);
        JsonNode collection = new ObjectMapper().readTree(geojson.toString());
        assertEquals(2, collection.get("features").size());
        assertEquals("Point", collection.get("features").get(0).get("geometry").get("type").asText());
        StringWriter jsonl = new StringWriter();
        EventExport.JSONL.write(store, all(), jsonl);
        JsonNode first = new ObjectMapper().readTree(jsonl.toString().split("\n")[0]);
        assertEquals("event", first.get("record").asText());
        assertFalse(first.get("evidence").get(0).get("sentence").asText().isEmpty());
        assertEquals(1, store.casualtyReports(all()).size());
        assertEquals(57L, store.casualtyReports(all()).get(0).get("killed"));
        assertEquals("Military Forces of Syria (2000-)", store.controlObservations(all()).get(0).get("holder"));
    }

    @Test
    void twoWritersAtOnceNeitherCorruptNorDuplicate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String text = "Report " + i + " by writer " + writer + ": a bomb in Tartus.";
                        store.store(document("w" + writer + "-" + i, null, "W" + writer, text, bombing(TARTUS, DAY, i, text)), null);
                        // the same article from both writers: stored once
                        store.store(document("shared-" + i, null, "Both", "Shared report " + i + ".", bombing(HOMS, DAY, 1, "Shared report " + i + ".")), null);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, store.count(all()), "every Tartus report is one incident, every Homs report another");
        Map<String, Object> tartus = only(store.events(EventQuery.builder().text("tartus").build()).events());
        assertEquals(40L, tartus.get("num_sources"));
        Map<String, Object> homs = only(store.events(EventQuery.builder().text("homs").build()).events());
        assertEquals(20L, homs.get("num_sources"));
    }

    /** The Flink job's incidents: the seed's and TRT's accounts of Tartus as one, the seed's Homs bombing alone. */
    private static List<MergedIncident> mergedElsewhere() {
        Extraction seed = seed();
        Extraction trt = trt(TRT, 30);
        return List.of(
                new MergedIncident(List.of(new MergedIncident.Source(seed.document(), seed.events().get(0), IncidentMatcher.FIRST_REPORT),
                        new MergedIncident.Source(trt.document(), trt.events().get(0), "same type; 0.0 km apart"))),
                new MergedIncident(List.of(new MergedIncident.Source(seed.document(), seed.events().get(1), IncidentMatcher.FIRST_REPORT))));
    }

    @Test
    void incidentsMergedElsewhereAreStoredOnceHoweverOftenTheyAreWritten() {
        assertEquals(new MergedIncident.Outcome(2, 0, 0), store.storeMerged(mergedElsewhere()));
        List<Map<String, Object>> stored = store.events(all()).events();
        Map<String, Object> tartus = only(store.events(EventQuery.builder().text("tartus").build()).events());
        assertEquals(2L, tartus.get("num_sources"));
        assertEquals(30L, tartus.get("fatalities"));
        assertEquals("The Interpreter; TRT World", tartus.get("source"));
        StoredEvent shown = store.event((String) tartus.get("event_id_cnty")).orElseThrow();
        assertEquals(List.of(IncidentMatcher.FIRST_REPORT, "same type; 0.0 km apart"),
                shown.sources().stream().map(StoredEvent.EventSource::mergeReason).toList(), "in the incident's own order");
        assertEquals(SEED, store.document(shown.sources().get(0).documentId()).orElseThrow().text());
        store.verify((String) tartus.get("event_id_cnty"), "analyst", null);

        // a replay: nothing is written, not even a timestamp, and the analyst's verdict stays
        assertEquals(new MergedIncident.Outcome(0, 0, 2), store.storeMerged(mergedElsewhere()));
        List<Map<String, Object>> again = store.events(all()).events();
        assertEquals(stored.size(), again.size());
        assertEquals("verified", only(store.events(EventQuery.builder().text("tartus").build()).events()).get("status"));
        assertEquals(stored.stream().map(e -> e.get("timestamp")).toList(), again.stream().map(e -> e.get("timestamp")).toList());
        // and a document of the job is the same document to an ingest
        assertEquals(StoreOutcome.Status.DUPLICATE, store.store(trt(TRT, 30), null).status());
    }

    @Test
    void anAccountIngestedBeforeMovesToTheIncidentMergedElsewhere() {
        String ingested = store.store(trt(TRT, 30), null).documentId();
        String alone = only(store.events(all()).events()).get("event_id_cnty").toString();

        assertEquals(new MergedIncident.Outcome(2, 0, 0), store.storeMerged(mergedElsewhere()));

        assertEquals(2, store.count(all()), "the ingested incident lost its only account and went");
        assertTrue(store.event(alone).isEmpty());
        Map<String, Object> tartus = only(store.events(EventQuery.builder().text("tartus").build()).events());
        assertEquals(2L, tartus.get("num_sources"));
        assertEquals(ingested, store.event((String) tartus.get("event_id_cnty")).orElseThrow().sources().get(1).documentId());
    }

    static Map<String, Object> only(List<Map<String, Object>> events) {
        assertEquals(1, events.size(), () -> "expected one incident, got " + events);
        return events.get(0);
    }
}
