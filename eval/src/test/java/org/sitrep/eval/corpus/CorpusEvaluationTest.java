package org.sitrep.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

class CorpusEvaluationTest {

    private static Map<String, Object> item(int start, int end, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("start", start);
        item.put("end", end);
        item.put("text", text);
        return item;
    }

    @Test
    void timeCorpusWithDatelineAndPublishedAtNoon(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("news.jsonl");
        // title, dateline (the DCT, not scored), then a sentence with one timex
        Files.writeString(file, "{\"id\": \"d1\", \"dct\": \"2008-03-01\", \"text\": \"Title\\nMarch 01, 2008\\nIt rained on Sunday.\","
                + " \"timexes\": [{\"start\": 6, \"end\": 20, \"text\": \"March 01, 2008\", \"type\": \"DATE\", \"value\": \"2008-03-01\"},"
                + " {\"start\": 34, \"end\": 40, \"text\": \"Sunday\", \"type\": \"DATE\", \"value\": \"2008-02-24\"}]}\n");
        List<Document> seen = new ArrayList<>();
        CorpusReport report = new CorpusEvaluation(doc -> {
            seen.add(doc);
            Map<String, Object> dateline = item(6, 20, "March 01, 2008");
            dateline.put("type", "DATE");
            dateline.put("value", "2008-03-01");
            Map<String, Object> sunday = item(31, 40, "on Sunday");
            sunday.put("type", "DATE");
            sunday.put("value", "2008-03-02");
            return Map.of("times", List.of(dateline, sunday), "places", List.of());
        }).evaluate(file, 0);
        assertEquals(LocalDateTime.of(2008, 3, 1, 12, 0), seen.get(0).published());
        assertEquals(1, report.documents());
        assertEquals(1, report.dctExcluded());
        assertEquals(new TimexScore(1, 1, 1, 0, 0, 1), report.timex());
        assertNull(report.toponyms());
        String table = report.toTable();
        assertTrue(table.contains("sitrep (ours)"), table);
        assertTrue(table.contains("1 in-text creation times not scored"), table);
        assertEquals("time", report.toMap().get("layout"));
    }

    @Test
    void geoCorpusUndatedWithPeers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lgl.jsonl");
        Files.writeString(file, "{\"id\": \"g1\", \"text\": \"Rain in Paris and Lyon.\", \"toponyms\": ["
                + "{\"start\": 8, \"end\": 13, \"name\": \"Paris\", \"lat\": 48.8566, \"lon\": 2.3522, \"geonameid\": 2988507},"
                + "{\"start\": 18, \"end\": 22, \"name\": \"Lyon\", \"lat\": 45.764, \"lon\": 4.8357, \"geonameid\": null}]}\n");
        List<Document> seen = new ArrayList<>();
        CorpusReport report = new CorpusEvaluation(doc -> {
            seen.add(doc);
            Map<String, Object> paris = item(8, 13, "Paris");
            paris.put("lat", 48.86);
            paris.put("lon", 2.35);
            return Map.of("places", List.of(paris), "times", List.of());
        }).evaluate(file, 0);
        assertNull(seen.get(0).published());
        ToponymScore score = report.toponyms();
        assertEquals(1.0, score.precision());
        assertEquals(0.5, score.recall());
        assertEquals(0.5, score.acc25());
        assertEquals(0.5, score.acc161());
        assertFalse(report.peers().isEmpty(), "LGL peers from the bundled table");
        String table = report.toTable();
        assertTrue(table.contains("CamCoder"), table);
        assertTrue(table.contains("unfound or unresolved gold toponym counts as wrong"), table);
        @SuppressWarnings("unchecked")
        Map<String, Object> toponyms = (Map<String, Object>) report.toMap().get("toponyms");
        assertEquals(0.5, toponyms.get("acc161"));
    }

    @Test
    void peerTableCoversEveryCorpus() {
        List<PeerFigure> all = PeerFigure.loadDefault();
        for (String corpus : List.of("meantime_en", "wikiwars", "lgl", "geovirus", "wiktor", "geocorpora")) {
            assertTrue(all.stream().anyMatch(f -> f.corpus().equals(corpus)), corpus);
        }
        PeerFigure heidelTime = all.stream().filter(f -> f.corpus().equals("wikiwars") && f.system().equals("HeidelTime 1.8"))
                .findFirst().orElseThrow();
        assertEquals(0.808, heidelTime.metrics().get("value_f1"));
        PeerFigure camCoder = all.stream().filter(f -> f.corpus().equals("lgl") && f.system().equals("CamCoder")
                && f.convention().equals("rescored-all-gold")).findFirst().orElseThrow();
        assertEquals(0.397, camCoder.metrics().get("acc161"));
        assertEquals(2204.0, camCoder.metrics().get("median_km"));
    }
}
