package org.sitrep.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

class Reuters21578Test {
    private static final Path CORPUS = Path.of(System.getProperty("sitrep.shared", "../../shared"), "corpus", "reuters21578");

    @Test
    void articlesWithABodyBecomeDatedDocuments() throws Exception {
        List<Document> documents = Reuters21578.read(CORPUS, 20_000);
        assertTrue(documents.size() > 19_000, "the collection has 19,043 bodies: " + documents.size());
        Document first = documents.get(0);
        assertEquals("reuters-1", first.id());
        assertEquals(LocalDateTime.of(1987, 2, 26, 15, 1, 1), first.published());
        assertTrue(first.text().startsWith("BAHIA COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued"), first.text());
        assertTrue(documents.stream().allMatch(d -> d.published() != null), "every stamp is read, odd spacing included");
        assertTrue(documents.stream().noneMatch(d -> d.text().contains("&lt;") || d.text().contains("&#")));
        assertEquals(documents.size(), new HashSet<>(documents.stream().map(Document::id).toList()).size());
    }

    @Test
    void theLimitIsHonoured() throws Exception {
        assertEquals(10, Reuters21578.read(CORPUS, 10).size());
    }
}
