package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code sitrep annotate} run from the shaded jar. */
class AnnotateCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("places", "times", "actors", "sources", "numbers", "events");

    private static Path seed() {
        return SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
    }

    @Test
    void everyEventsPlaceAndDateAreAmongTheAnnotatedMentions() throws Exception {
        ExtractCommandIT.Run annotate = ExtractCommandIT.sitrep(null, "annotate", seed().toString(), "--published", "2016-09-05");
        assertEquals(0, annotate.exit(), annotate.err());
        JsonNode annotation = JSON.readTree(annotate.out());
        ExtractCommandIT.Run extract = ExtractCommandIT.sitrep(null, "extract", seed().toString(), "--published", "2016-09-05", "--format", "jsonl");
        List<JsonNode> events = new ArrayList<>();
        for (String line : extract.out().split("\n")) {
            JsonNode record = JSON.readTree(line);
            if (record.get("record").asText().equals("event")) {
                events.add(record);
            }
        }
        assertTrue(events.size() >= 8);
        for (JsonNode event : events) {
            String id = event.get("event_id_cnty").asText();
            boolean placeAnnotated = event.get("geo_precision").asInt() == 3 && event.get("geonameid").isNull()
                    || stream(annotation.get("places")).anyMatch(p -> Math.abs(p.get("lat").asDouble() - event.get("latitude").asDouble()) < 1e-6
                    && Math.abs(p.get("lon").asDouble() - event.get("longitude").asDouble()) < 1e-6);
            String date = event.get("event_date").asText();
            boolean dateAnnotated = date.equals("2016-09-05") || stream(annotation.get("times")).anyMatch(t -> date.equals(t.get("date").asText()));
            boolean triggerAnnotated = stream(annotation.get("events")).anyMatch(t -> t.get("event_id").asText().equals(id));
            assertTrue(placeAnnotated || event.get("geo_precision").asInt() == 3, "place of " + id + " is an annotated place");
            assertTrue(dateAnnotated, "date of " + id + " is an annotated time or the publication date");
            assertTrue(triggerAnnotated, "trigger of " + id + " is annotated");
        }
    }

    @Test
    void offsetsAreCodePointsAndStayRightOnAwkwardText(@TempDir Path dir) throws Exception {
        String text = "🔥🔥 Breaking\r\nRussian air strikes hit Saraqib on Monday, killing 3 people.\u0000\r\n"
                + "𝕏 posts said Houthi forces fired missiles at Marib yesterday. " + "x".repeat(200_000) + " Bombs hit Homs.";
        Path report = dir.resolve("awkward.txt");
        Files.writeString(report, text, StandardCharsets.UTF_8);
        ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "annotate", report.toString(), "--published", "2016-09-05");
        assertEquals(0, run.exit(), run.err());
        JsonNode annotation = JSON.readTree(run.out());
        int[] codePoints = text.codePoints().toArray();
        int items = 0;
        for (String kind : KINDS) {
            for (JsonNode item : annotation.get(kind)) {
                String covered = new String(codePoints, item.get("start").asInt(), item.get("end").asInt() - item.get("start").asInt());
                assertEquals(item.get("text").asText(), covered, kind + " offsets");
                items++;
            }
        }
        assertTrue(items >= 8, "places, times, actors, numbers and triggers were found: " + run.out());
        assertTrue(stream(annotation.get("places")).anyMatch(p -> p.get("text").asText().equals("Saraqib")));
    }

    @Test
    void undatedTextKeepsRelativeDatesUnresolved(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, "{\"id\":\"u\",\"text\":\"Rebels shelled Saraqib yesterday. On 5 March 2013 they took Raqqa."
                + " On 31 February 2016 drones struck.\",\"published\":null}\n");
        ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "annotate", "--input", docs.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode annotation = JSON.readTree(run.out());
        JsonNode yesterday = stream(annotation.get("times")).filter(t -> t.get("text").asText().equals("yesterday")).findFirst().orElseThrow();
        assertTrue(yesterday.get("date").isNull(), "no reference: yesterday stays unresolved");
        assertTrue(yesterday.get("unresolved_reason").asText().startsWith("no reference time"), yesterday.toString());
        JsonNode impossible = stream(annotation.get("times")).filter(t -> t.get("text").asText().equals("31 February 2016"))
                .findFirst().orElseThrow();
        assertEquals("no such day in that month", impossible.get("unresolved_reason").asText(), "a reason, never a wrong date");
        assertTrue(stream(annotation.get("times")).anyMatch(t -> "2013-03-05".equals(t.get("value").asText())), "absolute dates still resolve");
    }

    @Test
    void theHtmlPageKeepsHostileTextAsText(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("hostile.txt");
        Files.writeString(report, "<script>alert('x')</script> Russian air strikes hit Saraqib <img src=x onerror=alert(1)>.");
        Path page = dir.resolve("page.html");
        ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "annotate", report.toString(), "--published", "2016-09-05",
                "--format", "html", "--out", page.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(page);
        assertFalse(html.toLowerCase().contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no image element");
        assertTrue(html.contains("&lt;script&gt;"), "the text is shown, escaped");
        assertTrue(html.contains("Saraqib"));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}
