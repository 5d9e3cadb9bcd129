package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

/** The job on a MiniCluster gives the events {@code sitrep extract} gives, merged across documents by the store's rules. */
class BackfillTest {
    /** The fields of an event that merging with other sources leaves as its single source coded them. */
    static final List<String> CODED = List.of("document_id", "event_id_cnty", "event_date", "date_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "modality");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void backfillGivesTheEventsOfExtractAndMergesARepeatedReport() throws Exception {
        List<Document> documents = new ArrayList<>(TestDocuments.faKes(12));
        Document repeated = documents.get(0);
        // the same report from a second publisher: each of its events must join the first one's incident
        documents.add(new Document(repeated.id() + "-copy", "Second Publisher", null, repeated.published(), repeated.text(), List.of()));
        Path input = Files.createDirectories(dir.resolve("in"));
        TestDocuments.write(input.resolve("docs.jsonl"), documents);

        Backfill.Result result = new Backfill(ExtractorFactory.standard()).run(input, dir.resolve("events.jsonl"), 2);

        List<JsonNode> incidents = read(dir.resolve("events.jsonl"));
        Map<String, JsonNode> extracted = TestDocuments.extracted(documents);
        assertEquals(documents.size(), result.documents());
        // one input file is one reader: the documents must still reach both extract tasks
        assertTrue(result.documentsPerTask().stream().allMatch(n -> n > 0), "documents per extract task " + result.documentsPerTask());
        assertEquals(incidents.size(), result.incidents());
        assertEquals(extracted.size(), incidents.stream().mapToInt(i -> i.get("num_sources").asInt()).sum(),
                "every extracted event is the account of exactly one incident");
        int repeatedIncidents = 0;
        for (JsonNode incident : incidents) {
            JsonNode founder = extracted.get(incident.get("document_id").asText() + "/" + incident.get("event_id_cnty").asText());
            for (String field : CODED) {
                assertEquals(founder.get(field), incident.get(field), field + " of " + incident.get("incident_id"));
            }
            if (incident.get("num_sources").asInt() == 1) {
                assertEquals(founder.get("evidence"), incident.get("evidence"), "evidence of " + incident.get("incident_id"));
            }
            if (incident.get("document_ids").toString().contains(repeated.id() + "-copy")) {
                assertEquals(2, incident.get("num_sources").asInt(), incident.toString());
                assertEquals(repeated.publisher() + "; Second Publisher", incident.get("source").asText());
                repeatedIncidents++;
            }
        }
        assertTrue(repeatedIncidents > 0, "the repeated report has events");
    }

    static List<JsonNode> read(Path file) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
