package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.fetch.FetchOptions;
import org.sitrep.ingest.fetch.HttpFetcher;
import org.sitrep.model.ContentHash;
import org.sitrep.model.Document;

class IngestionTest {
    static final String ARTICLE = """
            <!DOCTYPE html><html lang="en"><head><title>Strikes on Idlib | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2016-09-05T09:40:00+03:00">
            <link rel="canonical" href="https://news.example.org/idlib-strikes">
            <meta name="author" content="Jane Doe">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Strikes on Idlib</h1>
            <p>Russian and regime air strikes hit the Idlib province on Monday, battering the rebel-held towns of Maarat al-Numan and Saraqib, activists said.</p>
            <p>At least one person was reported killed and several wounded after three strikes in the former, the Local Coordination Committees said.</p>
            <figure><img src="a.jpg"><figcaption>Smoke over Saraqib. Photo: LCC</figcaption></figure>
            <p>The network of activists reports continued strikes across the province, where a ceasefire has unravelled within weeks.</p>
            <div class="related-links"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>
            </article><footer>© Example News</footer></body></html>
            """;

    private final HttpFetcher fetcher = new HttpFetcher(new FetchOptions(Duration.ofSeconds(2), 5, 0, Duration.ZERO, Duration.ZERO,
            1 << 20, "sitrep-test/1"));
    private final Ingestion ingestion = new Ingestion(fetcher, IngestOptions.defaults());

    @Test
    void aSavedPageGivesItsTextAndMetadata(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("page.txt"), ARTICLE);
        IngestResult result = ingestion.read(file.toString());
        assertEquals(List.of(), result.failures());
        IngestedDocument doc = result.documents().getFirst();
        Document d = doc.document();
        assertTrue(d.text().startsWith("Russian and regime air strikes"), d.text());
        assertTrue(d.text().endsWith("within weeks."), d.text());
        assertTrue(!d.text().contains("Other story") && !d.text().contains("Smoke over") && !d.text().contains("Home"), d.text());
        assertEquals("Example News", d.publisher());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 40), d.published());
        assertEquals("https://news.example.org/idlib-strikes", d.url());
        assertEquals("Jane Doe", doc.byline());
        assertEquals("en", doc.language());
        assertEquals("Strikes on Idlib", doc.title());
    }

    @Test
    void aFolderIsWalkedAndBadFilesAreNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.html"), ARTICLE);
        Files.writeString(dir.resolve("b.html"), ARTICLE.replace("canonical\" href=\"https://news.example.org/idlib-strikes", "canonical\" href=\"https://mirror.example.com/x"));
        Files.write(dir.resolve("c.bin"), new byte[]{0, 1, 2, 3, 4, 5, 0, 0, 7, 8, 9, 0});
        Files.writeString(dir.resolve("d.jsonl"), """
                {"id":"x1","text":"Two car bombs exploded in Homs on Monday.","published":"2016-09-07","source":"Test"}
                not json
                {"id":"x2","text":"Houthi forces fired missiles at Marib.","published":"2021-02-10T08:00"}
                """);
        Files.writeString(dir.resolve("e.txt"), "Syria live\n\nSeptember 5, 2016\n\nBombs went off in Tartus this morning.\n");
        IngestResult result = ingestion.read(dir.toString());
        List<String> ids = result.documents().stream().map(d -> d.document().id()).toList();
        // the same article under two addresses is one document
        assertEquals(List.of("a", "x1", "x2", "e"), ids);
        assertEquals(2, result.failures().size(), result.failures().toString());
        assertTrue(result.failures().get(0).reason().startsWith("binary"), result.failures().toString());
        assertTrue(result.failures().get(1).input().endsWith("d.jsonl line 2"), result.failures().toString());
        assertEquals(LocalDateTime.of(2016, 9, 5, 0, 0), result.documents().get(3).document().published());
        assertEquals("Test", result.documents().get(1).document().publisher());
    }

    @Test
    void aMissingOrOversizedFileIsAFailureNotAnException(@TempDir Path dir) throws IOException {
        assertTrue(ingestion.read(dir.resolve("nope.txt").toString()).failures().getFirst().reason().contains("no such file"));
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        IngestResult result = new Ingestion(fetcher, new IngestOptions(1024, true)).read(big.toString());
        assertTrue(result.failures().getFirst().reason().contains("over the"), result.failures().toString());
    }

    @Test
    void aFeedIsFollowedToItsArticlesWithTheDescriptionAsFallback() throws Exception {
        try (LocalServer server = new LocalServer()) {
            server.put("/article", "text/html; charset=utf-8", ARTICLE);
            server.put("/feed", "text/html", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Example News</title><link>%s</link>
                    <item><title>Strikes on Idlib</title><link>%s</link><guid>1</guid><pubDate>Mon, 05 Sep 2016 06:40:00 GMT</pubDate>
                      <description>Short summary.</description></item>
                    <item><title>Gone</title><link>%s</link><guid>2</guid><pubDate>Mon, 05 Sep 2016 07:00:00 GMT</pubDate>
                      <description>&lt;p&gt;Clashes were reported near Aleppo on Monday.&lt;/p&gt;</description></item>
                    <item><title>Empty</title><link>%s</link><guid>3</guid></item>
                    </channel></rss>
                    """.formatted(server.url("/"), server.url("/article"), server.url("/gone"), server.url("/gone2")));
            IngestResult result = ingestion.read(server.url("/feed"));
            assertEquals(2, result.documents().size(), result.toString());
            assertTrue(result.documents().get(0).document().text().startsWith("Russian and regime"));
            assertEquals("Clashes were reported near Aleppo on Monday.", result.documents().get(1).document().text());
            assertEquals(LocalDateTime.of(2016, 9, 5, 7, 0), result.documents().get(1).document().published());
            assertEquals(1, result.failures().size());
            assertTrue(result.failures().getFirst().reason().contains("HTTP 404"), result.failures().toString());
        }
    }

    @Test
    void aBadUrlIsAFailureNotAnException() throws Exception {
        try (LocalServer server = new LocalServer()) {
            IngestResult result = ingestion.read(server.url("/missing"));
            assertEquals(List.of(), result.documents());
            assertTrue(result.failures().getFirst().reason().endsWith("HTTP 404"), result.failures().toString());
        }
        assertNotNull(ingestion.read("http://127.0.0.1:9/closed").failures().getFirst().reason());
    }

    @Test
    void contentKindIsToldFromTheBytes() {
        ContentSniffer sniffer = new ContentSniffer();
        assertEquals(ContentKind.FEED, sniffer.kind("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.FEED, sniffer.kind("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.FEED, sniffer.kind("<rdf:RDF xmlns:rdf=\"x\">".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.HTML, sniffer.kind("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.HTML, sniffer.kind("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.JSON_LINES, sniffer.kind("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.TEXT, sniffer.kind("Bombs went off in Tartus <b>today</b>.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentKind.BINARY, sniffer.kind("%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameWordsHashAlikeAndAnUpdateIsANewVersion() {
        ContentHash hash = new ContentHash();
        assertEquals(hash.of("Bombs  went off in Tartus."), hash.of("bombs went off in\nTartus"));
        DocumentVersions versions = new DocumentVersions();
        assertEquals(DocumentVersions.Status.NEW, versions.see(doc("https://a/1", "Bombs went off.", hash)));
        assertEquals(DocumentVersions.Status.DUPLICATE, versions.see(doc("https://b/2", "Bombs went off.", hash)));
        assertEquals(DocumentVersions.Status.UPDATED, versions.see(doc("https://a/1", "Bombs went off; 12 killed.", hash)));
    }

    private static IngestedDocument doc(String url, String text, ContentHash hash) {
        return new IngestedDocument(new Document(url, null, url, null, text, List.of()), null, null, null, hash.of(text), url);
    }
}
