package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.ModelJson;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.TestPostgres;

/**
 * The job into sitrep's database on a real PostgreSQL server (SITREP_TEST_PG_URL, as CI sets it, else one started by
 * scripts/test-postgres.sh; skipped where neither is possible): the store holds the incidents of the job, made of the
 * events {@code sitrep extract} codes, and a second run over the same documents, failing and restarting from a
 * checkpoint on the way, changes nothing.
 */
class StoreOutputIT {
    /** The incident columns that must be those of the job's own record of the incident (its JSON-lines output). */
    private static final List<String> COMBINED = List.of("date_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "modality", "fatalities",
            "fatalities_low", "fatalities_high", "source", "num_sources", "first_reported", "last_reported");

    @TempDir
    Path dir;

    @Test
    void theIncidentsOfTheJobLandInTheStoreOnceAsExtractCodesTheirEvents() throws Exception {
        List<Document> documents = new ArrayList<>(TestDocuments.faKes(12));
        Document repeated = documents.get(0);
        // the same report from a second publisher, in its own words at the end: a document of its own, whose events
        // must join the first one's incidents
        documents.add(new Document(repeated.id() + "-copy", "Second Publisher", null, repeated.published(),
                repeated.text() + "\n\nReported by Second Publisher.", List.of()));
        Path input = Files.createDirectories(dir.resolve("in"));
        TestDocuments.write(input.resolve("docs.jsonl"), documents);
        String database = TestPostgres.newDatabase();

        Backfill.Result result = new Backfill(ExtractorFactory.standard()).run(input, dir.resolve("events.jsonl"), database, 2);

        Map<String, String> extracted = extractedEvents(documents);
        try (SitrepStore store = SitrepStore.open(database)) {
            assertEquals(documents.size(), result.documents());
            assertEquals(result.incidents(), store.count(EventQuery.builder().build()));
            assertEquals(extracted, storedAccounts(database), "every event of extract is stored once, as extract coded it");
            List<JsonNode> written = BackfillTest.read(dir.resolve("events.jsonl"));
            assertEquals(result.incidents(), written.size());
            Map<String, Map<String, Object>> stored = storedByFounder(store);
            int repeatedIncidents = 0;
            for (JsonNode incident : written) {
                Map<String, Object> row = stored.get(incident.get("incident_id").asText());
                assertTrue(row != null, "stored: " + incident.get("incident_id"));
                // the store keeps the first day of a period (it sorts and filters as a date), the record the period
                assertTrue(String.valueOf(row.get("event_date")).startsWith(incident.get("event_date").asText()),
                        "event_date of " + incident.get("incident_id") + ": " + row.get("event_date"));
                for (String column : COMBINED) {
                    JsonNode value = incident.get(column);
                    assertEquals(value == null || value.isNull() ? "null" : value.asText(), String.valueOf(row.get(column)),
                            column + " of " + incident.get("incident_id") + " (" + row.get("event_id_cnty") + ")");
                }
                if (incident.get("document_ids").toString().contains(repeated.id() + "-copy")) {
                    assertEquals(repeated.publisher() + "; Second Publisher", row.get("source"));
                    repeatedIncidents++;
                }
            }
            assertTrue(repeatedIncidents > 0, "the repeated report has events that merged");
        }
        List<List<Object>> before = rows(database);

        replayFailingOnce(documents, database);

        assertTrue(FailOnce.failed("store"), "the job failed once");
        assertEquals(before, rows(database), "a second run over the same documents, restarted from a checkpoint, "
                + "leaves every row as it was");
    }

    /**
     * The job again, streaming with checkpoints every 500 ms, failing once after a checkpoint and restarting from it.
     * Its window and lateness span the corpus, so that it forms the incidents the batch run formed, at the end of the
     * input as that run does; the documents come seven per checkpoint, so that one completes before the end.
     */
    private static void replayFailingOnce(List<Document> documents, String database) throws Exception {
        Configuration config = new Configuration();
        config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(100));
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, config);
        Duration decade = Duration.ofDays(3650);
        new SitrepJob(new PerCheckpoint(documents.stream().map(TestDocuments::line).toList(), 7),
                new FailOnce(new IncidentOutput.Store(database), "store"),
                ExtractorFactory.standard(), decade, decade).addTo(env);
        env.execute("replay");
    }

    /** Document lines, {@code perCheckpoint} of them between two checkpoints. */
    record PerCheckpoint(List<String> lines, int perCheckpoint) implements DocumentInput {
        @Override
        public DataStream<String> read(StreamExecutionEnvironment env) {
            List<String> lines = this.lines;
            DataGeneratorSource<String> source = new DataGeneratorSource<>(index -> lines.get(index.intValue()), lines.size(),
                    RateLimiterStrategy.perCheckpoint(perCheckpoint), Types.STRING);
            return env.fromSource(source, WatermarkStrategy.noWatermarks(), "documents per checkpoint");
        }
    }

    /** What {@code sitrep extract} codes (the same extractor, in one process): each event by document and event id. */
    private static Map<String, String> extractedEvents(List<Document> documents) {
        Extractor extractor = Extractor.createDefault();
        Map<String, String> events = new HashMap<>();
        for (Document document : documents) {
            for (Event event : extractor.extract(document).events()) {
                events.put(document.id() + "/" + event.id(), ModelJson.write(event));
            }
        }
        return events;
    }

    /** Every account in event_sources: the event as stored for it, by its document's own id and the event id. */
    private static Map<String, String> storedAccounts(String database) throws Exception {
        Map<String, String> accounts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.external_id, s.extracted_id, s.event_json FROM event_sources s "
                     + "JOIN documents d ON d.id = s.document_id")) {
            while (rs.next()) {
                String key = rs.getString(1) + "/" + rs.getString(2);
                assertTrue(accounts.put(key, rs.getString(3)) == null, "stored twice: " + key);
            }
        }
        return accounts;
    }

    /** The stored incidents as the API gives them, by the job's id for them: founding document / its event id. */
    private static Map<String, Map<String, Object>> storedByFounder(SitrepStore store) {
        Map<String, Map<String, Object>> byFounder = new HashMap<>();
        store.forEachEvent(EventQuery.builder().limit(500).build(), false, row -> {
            var founder = store.event((String) row.get("event_id_cnty")).orElseThrow().sources().get(0);
            String documentId = store.document(founder.documentId()).orElseThrow().externalId();
            byFounder.put(documentId + "/" + founder.extractedId(), row);
        });
        return byFounder;
    }

    /** Every row of the tables the job writes, in key order. */
    private static List<List<Object>> rows(String database) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            for (String query : List.of("SELECT * FROM documents ORDER BY id", "SELECT * FROM events ORDER BY event_id_cnty",
                    "SELECT * FROM event_sources ORDER BY document_id, extracted_id", "SELECT * FROM counters ORDER BY name")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
