package org.sitrep.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

/** The benchmark's corpus readers. */
class BenchCorpusTest {

    @Test
    void quotedCsvFieldsKeepTheirCommasLineBreaksAndQuotes() {
        List<List<String>> rows = FakesCsv.rows("a,b\r\n1,\"x, \"\"y\"\"\r\nz\"\r\n");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "x, \"y\"\r\nz")), rows);
    }

    @Test
    void aFakesRowIsATitledDocumentPublishedOnItsDay() {
        byte[] csv = ("unit_id,article_title,article_content,source,date,location,labels\n"
                + "7,Title,\"Body, text\",nna,4/5/2017,idlib,0\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Document d = FakesCsv.read(csv, 10).get(0);
        assertEquals("fakes-7", d.id());
        assertEquals("Title\nBody, text", d.text());
        assertEquals("2017-04-05T12:00", d.published().toString());
    }

    @Test
    void aCorpusSmallerThanAskedIsCycledWithDistinctIdsAndTexts(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "5 September 2016\nAn air strike hit Aleppo.");
        BenchCorpus corpus = BenchCorpus.read(report, 3);
        assertEquals(3, corpus.documents().size());
        assertEquals(1, corpus.distinct());
        assertEquals(3, corpus.repeats());
        assertNotEquals(corpus.documents().get(0).text(), corpus.documents().get(1).text());
        assertEquals(3, corpus.documents().stream().map(Document::id).distinct().count());
        assertEquals(8, BenchCorpus.tokens(corpus.documents().get(0)));
    }

    @Test
    void guardianLiveBlogPostsAreDatedAndBbcOnesAreNot(@TempDir Path dir) throws IOException {
        Path guardian = dir.resolve("g.json");
        Files.writeString(guardian, """
                {"blog_id":"g1","title":"Blog","url":"u","documents":[
                 {"block_id":"b2","title":"later","text":["two ."],"time":[2015,3,3,7,0]},
                 {"block_id":"b1","title":"","text":["one ."],"time":[2015,3,3,6,51]}]}""");
        Document blog = LiveBlogJson.read(guardian);
        assertEquals("2015-03-03T06:51", blog.published().toString());
        assertEquals(2, blog.posts().size());
        assertTrue(blog.text().substring(blog.posts().get(1).start(), blog.posts().get(1).end()).equals("one ."));
        Path bbc = dir.resolve("b.json");
        Files.writeString(bbc, """
                {"blog_id":"b1","title":"Blog","documents":[{"block_id":"s1","title":"t","text":["x ."],"time":"00:00"}]}""");
        assertNull(LiveBlogJson.read(bbc).published());
        assertNotNull(LiveBlogJson.read(bbc).text());
    }
}
