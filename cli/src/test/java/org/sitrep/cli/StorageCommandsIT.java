package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.TestPostgres;

/**
 * End to end through the jar, on SQLite and on PostgreSQL: the seed post and TRT's article on the same bombings
 * (FA-KES unit 1924058093) become one incident per bombing with both sources; curation survives re-ingesting.
 */
class StorageCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void seedAndTrtOnSqlite() throws Exception {
        scenario(dir.resolve("data/sitrep.db").toString());
    }

    @Test
    void seedAndTrtOnPostgresql() throws Exception {
        scenario(TestPostgres.newDatabase());
    }

    private void scenario(String db) throws Exception {
        Path seed = SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
        Path trt = dir.resolve("trt.jsonl");
        String trtText = trtArticle();
        Files.writeString(trt, line("fakes-1924058093", trtText, "https://www.trtworld.com/mea/string-of-bomb-blasts"));

        ExtractCommandIT.Run first = sitrep("ingest", seed.toString(), "--published", "2016-09-05", "--source", "The Interpreter", "--db", db);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("1 documents stored"), first.err());
        ExtractCommandIT.Run second = sitrep("ingest", trt.toString(), "--db", db);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().matches("(?s).*[1-9]\\d* events merged into known incidents.*"), second.err());

        List<JsonNode> events = export(db);
        JsonNode tartus = bombingAt(events, "Tartus");
        assertEquals(2, tartus.get("num_sources").asInt());
        assertEquals(30, tartus.get("fatalities").asInt(), "the TRT toll: at least 30 killed");
        assertTrue(tartus.get("source").asText().contains("The Interpreter") && tartus.get("source").asText().contains("TRT World"));
        JsonNode hasakah = bombingAt(events, "Al-Hasakah");
        assertEquals(2, hasakah.get("num_sources").asInt());
        assertEquals(8, hasakah.get("fatalities").asInt());

        // re-ingesting is a no-op
        ExtractCommandIT.Run again = sitrep("ingest", seed.toString(), trt.toString(), "--published", "2016-09-05", "--db", db);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 documents stored") && again.err().contains("2 already stored"), again.err());
        assertEquals(events.size(), export(db).size());

        // why each source was attached
        String tartusId = tartus.get("event_id_cnty").asText();
        ExtractCommandIT.Run show = sitrep("show", tartusId, "--db", db);
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("why: same type Explosions/Remote violence") && show.out().contains("km apart"), show.out());

        // curation wins over a new version of the article, and is audited
        assertEquals(0, sitrep("event", "edit", tartusId, "fatalities", "31", "--by", "analyst1", "--note", "SANA update", "--db", db).exit());
        String hasakahId = hasakah.get("event_id_cnty").asText();
        assertEquals(0, sitrep("event", "reject", hasakahId, "--by", "analyst1", "--db", db).exit());
        Files.writeString(trt, line("fakes-1924058093", trtText.replace("at least 30 people", "at least 34 people"),
                "https://www.trtworld.com/mea/string-of-bomb-blasts"));
        ExtractCommandIT.Run update = sitrep("ingest", trt.toString(), "--db", db);
        assertTrue(update.err().contains("1 new versions"), update.err());
        List<JsonNode> afterUpdate = export(db);
        assertEquals(31, bombingAt(afterUpdate, "Tartus").get("fatalities").asInt());
        assertTrue(afterUpdate.stream().noneMatch(e -> e.get("event_id_cnty").asText().equals(hasakahId)), "rejected stays out");
        ExtractCommandIT.Run audit = sitrep("show", tartusId, "--json", "--db", db);
        assertTrue(JSON.readTree(audit.out()).get("audit").toString().contains("analyst1"));

        // the ACLED CSV: ACLED's columns in ACLED's order, one row per incident
        ExtractCommandIT.Run csv = sitrep("export", "--format", "acled-csv", "--db", db);
        try (Reader reader = new java.io.StringReader(csv.out())) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
            assertEquals(afterUpdate.size(), rows.size());
            assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type"),
                    rows.get(0).getParser().getHeaderNames().subList(0, 6));
        }
        ExtractCommandIT.Run geojson = sitrep("export", "--format", "geojson", "--country", "Syria", "--db", db);
        JsonNode collection = JSON.readTree(geojson.out());
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertFalse(collection.get("features").isEmpty());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my notes ".repeat(500));
        ExtractCommandIT.Run run = sitrep("export", "--db", notes.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains(notes.toString()) && !run.err().contains("\tat "), run.err());
        assertEquals("my notes ".repeat(500), Files.readString(notes));
    }

    private static JsonNode bombingAt(List<JsonNode> events, String admin1) {
        List<JsonNode> found = events.stream().filter(e -> e.get("event_type").asText().equals("Explosions/Remote violence")
                && admin1.equals(e.get("admin1").asText()) && e.get("event_date").asText().equals("2016-09-05")
                && e.get("num_sources").asInt() >= 2).toList();
        assertEquals(1, found.size(), () -> "one bombing in " + admin1 + " with both sources: " + events);
        return found.get(0);
    }

    /** The events of a database as {@code sitrep export --format jsonl} prints them. */
    static List<JsonNode> export(String db) throws Exception {
        ExtractCommandIT.Run run = sitrep("export", "--format", "jsonl", "--db", db);
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    static String trtArticle() throws Exception {
        try (Reader reader = Files.newBufferedReader(SharedData.path("corpus/fa-kes/FA-KES-Dataset.csv"), StandardCharsets.ISO_8859_1)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                if (record.get("unit_id").equals("1924058093")) {
                    return record.get("article_content");
                }
            }
        }
        throw new IllegalStateException("FA-KES unit 1924058093 is missing");
    }

    private static String line(String id, String text, String url) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("text", text);
        document.put("published", "2016-09-05");
        document.put("source", "TRT World");
        document.put("url", url);
        return JSON.writeValueAsString(document) + "\n";
    }

    private static ExtractCommandIT.Run sitrep(String... args) throws Exception {
        return ExtractCommandIT.sitrep(null, args);
    }
}
