package org.sitrep.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static final Path EVAL = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval");

    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static void assertTimeCorpus(String file, int documents, int timexes, boolean dated) {
        Corpus corpus = CorpusReader.read(EVAL.resolve("time").resolve(file));
        assertEquals(CorpusLayout.TIME, corpus.layout());
        assertEquals(documents, corpus.documents().size());
        assertEquals(timexes, corpus.documents().stream().mapToInt(d -> d.timexes().size()).sum());
        for (CorpusDocument d : corpus.documents()) {
            assertEquals(dated, d.dct() != null, d.id());
            assertTrue(d.toponyms().isEmpty());
            d.timexes().forEach(t -> assertEquals(t.text(), slice(d.text(), t.start(), t.end()), d.id()));
        }
    }

    private static void assertGeoCorpus(String file, int documents, int toponyms) {
        Corpus corpus = CorpusReader.read(EVAL.resolve("geo").resolve(file));
        assertEquals(CorpusLayout.GEO, corpus.layout());
        assertEquals(documents, corpus.documents().size());
        assertEquals(toponyms, corpus.documents().stream().mapToInt(d -> d.toponyms().size()).sum());
        for (CorpusDocument d : corpus.documents()) {
            assertNull(d.dct());
            // code point offsets: the GeoCorpora tweets with emoji would fail here with UTF-16 indices
            d.toponyms().forEach(t -> assertEquals(t.name(), slice(d.text(), t.start(), t.end()), d.id()));
        }
    }

    @Test
    void meantime() {
        assertTimeCorpus("meantime_en.jsonl", 120, 488, true);
        Corpus corpus = CorpusReader.read(EVAL.resolve("time/meantime_en.jsonl"), 1);
        assertEquals("meantime_en", corpus.name());
        assertEquals(LocalDate.of(2008, 3, 1), corpus.documents().get(0).dct());
    }

    @Test
    void wikiWars() {
        assertTimeCorpus("wikiwars.jsonl", 22, 2659, false);
    }

    @Test
    void geoCorpora() {
        assertGeoCorpus("lgl.jsonl", 588, 4462);
        assertGeoCorpus("geovirus.jsonl", 229, 2167);
        assertGeoCorpus("wiktor.jsonl", 5000, 25242);
        assertGeoCorpus("geocorpora.jsonl", 1639, 2390);
    }

    @Test
    void limitReadsTheFirstDocuments() {
        Corpus corpus = CorpusReader.read(EVAL.resolve("geo/lgl.jsonl"), 10);
        assertEquals(10, corpus.documents().size());
        assertEquals("lgl-40450848", corpus.documents().get(0).id());
        assertNotNull(corpus.documents().get(0).toponyms().get(0).geonameid());
    }

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"a\", \"text\": \"Paris\", \"toponyms\": []}\n{\"id\": \"b\", \"text\": ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ":2: not a JSON object"), e.getMessage());

        Path mixed = dir.resolve("mixed.jsonl");
        Files.writeString(mixed, "{\"id\": \"a\", \"text\": \"x\", \"toponyms\": []}\n\n{\"id\": \"b\", \"dct\": null, \"text\": \"x\", \"timexes\": []}\n");
        e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(mixed));
        assertTrue(e.getMessage().startsWith(mixed + ":3: TIME layout in a GEO corpus"), e.getMessage());

        Path outside = dir.resolve("outside.jsonl");
        Files.writeString(outside, "{\"id\": \"a\", \"text\": \"Paris\", \"toponyms\": [{\"start\": 0, \"end\": 9, \"name\": \"Paris\", \"lat\": 1, \"lon\": 2}]}\n");
        e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(outside));
        assertTrue(e.getMessage().startsWith(outside + ":1: span [0, 9) outside the text"), e.getMessage());

        Path neither = dir.resolve("neither.jsonl");
        Files.writeString(neither, "{\"id\": \"a\", \"text\": \"Paris\"}\n");
        e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(neither));
        assertTrue(e.getMessage().contains(neither + ":1: expected either"), e.getMessage());

        Path noLat = dir.resolve("nolat.jsonl");
        Files.writeString(noLat, "{\"id\": \"a\", \"text\": \"Paris\", \"toponyms\": [{\"start\": 0, \"end\": 5, \"name\": \"Paris\", \"lon\": 2}]}\n");
        e = assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(noLat));
        assertTrue(e.getMessage().equals(noLat + ":1: field \"lat\" missing or not a number"), e.getMessage());

        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        assertThrows(IllegalArgumentException.class, () -> CorpusReader.read(empty));
    }
}
