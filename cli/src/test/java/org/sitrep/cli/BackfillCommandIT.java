package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep backfill --db} through the jar: the seed post and TRT's article on the same bombings, coded by the
 * Flink job into a database, are the incidents {@code sitrep ingest} stores for them, and the other commands read
 * them as their own. (The job's database output on PostgreSQL: flink's StoreOutputIT.)
 */
class BackfillCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aBackfillStoresWhatIngestStoresAndTheSecondChangesNothing() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in")).resolve("docs.jsonl");
        // in the order the job merges accounts (publication time, then document id), which ingest follows by reading
        // the file in order: which incident an account joins depends on the incidents already formed
        Files.writeString(input, line("fakes-1924058093", StorageCommandsIT.trtArticle(), "TRT World",
                "https://www.trtworld.com/mea/string-of-bomb-blasts")
                + line("seed", Files.readString(SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt")), "The Interpreter", null));
        String db = dir.resolve("backfill.db").toString();

        ExtractCommandIT.Run backfill = sitrep("backfill", "--input", input.getParent().toString(), "--db", db, "--parallelism", "2");
        assertEquals(0, backfill.exit(), backfill.err());
        assertTrue(backfill.err().contains("sitrep: 2 documents") && backfill.err().contains(" to " + db), backfill.err());
        List<JsonNode> events = StorageCommandsIT.export(db);
        String ingested = dir.resolve("ingest.db").toString();
        assertEquals(0, sitrep("ingest", input.toString(), "--db", ingested).exit());
        assertEquals(coded(StorageCommandsIT.export(ingested)), coded(events), "the incidents ingest stores");
        JsonNode tartus = events.stream().filter(e -> e.get("admin1").asText().equals("Tartus")
                && e.get("event_type").asText().equals("Explosions/Remote violence")).findFirst().orElseThrow();
        assertEquals(2, tartus.get("num_sources").asInt(), tartus.toString());
        ExtractCommandIT.Run show = sitrep("show", tartus.get("event_id_cnty").asText(), "--db", db);
        assertTrue(show.out().contains("why: same type Explosions/Remote violence"), show.out());

        ExtractCommandIT.Run again = sitrep("backfill", "--input", input.getParent().toString(), "--db", db);
        assertEquals(0, again.exit(), again.err());
        assertEquals(events, StorageCommandsIT.export(db), "a second backfill changes nothing, not even a timestamp");
        ExtractCommandIT.Run ingest = sitrep("ingest", input.toString(), "--db", db);
        assertTrue(ingest.err().contains("0 documents stored") && ingest.err().contains("2 already stored"), ingest.err());
    }

    /** What both sides code for each incident, without the ids each side hands out, in a stable order. */
    private static List<String> coded(List<JsonNode> events) {
        List<String> coded = new ArrayList<>();
        for (JsonNode e : events) {
            coded.add(String.join(" | ", List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                    "fatalities", "source", "num_sources").stream().map(f -> String.valueOf(e.get(f))).toList()));
        }
        coded.sort(null);
        return coded;
    }

    private static String line(String id, String text, String source, String url) throws Exception {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("text", text);
        document.put("published", "2016-09-05");
        document.put("source", source);
        document.put("url", url);
        return JSON.writeValueAsString(document) + "\n";
    }

    private static ExtractCommandIT.Run sitrep(String... args) throws Exception {
        return ExtractCommandIT.sitrep(null, args);
    }
}
