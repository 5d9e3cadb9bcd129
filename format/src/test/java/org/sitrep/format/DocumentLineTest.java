package org.sitrep.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DocumentLineTest {

    @Test
    void readsTheFieldsAsWritten() {
        DocumentLine line = DocumentLine.parse("{\"id\":\"a1\",\"text\":\"Bombs in Tartus.\",\"published\":\"2016-09-05\","
                + "\"source\":\"LCC\",\"url\":null}");
        assertEquals("a1", line.id());
        assertEquals("Bombs in Tartus.", line.text());
        assertEquals("2016-09-05", line.published());
        assertEquals("LCC", line.source());
        assertNull(line.url());
        assertNull(line.title());
    }

    @Test
    void refusesWhatIsNoDocument() {
        assertEquals("not a JSON object", assertThrows(IllegalArgumentException.class, () -> DocumentLine.parse("{oops")).getMessage());
        assertEquals("not a JSON object", assertThrows(IllegalArgumentException.class, () -> DocumentLine.parse("[1, 2]")).getMessage());
        assertEquals("no \"text\"", assertThrows(IllegalArgumentException.class, () -> DocumentLine.parse("{\"id\":\"x\"}")).getMessage());
    }

    @Test
    void isoTimesInTheFormsTheInputUses() {
        assertEquals(LocalDateTime.of(2016, 9, 5, 0, 0), DocumentLine.isoTime("2016-09-05").orElseThrow());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 0), DocumentLine.isoTime("2016-09-05T09:00").orElseThrow());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 0, 30), DocumentLine.isoTime("2016-09-05 09:00:30").orElseThrow());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 0), DocumentLine.isoTime("2016-09-05T09:00:00+03:00").orElseThrow());
        assertTrue(DocumentLine.isoTime("5 September 2016").isEmpty());
        assertTrue(DocumentLine.isoTime("2016-02-31").isEmpty());
        assertTrue(DocumentLine.isoTime(null).isEmpty());
    }
}
