package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.PublishedTimes;

class MetadataReaderTest {
    private final MetadataReader reader = new MetadataReader(new ObjectMapper(), new PublishedTimes());

    @Test
    void jsonLdComesFirstEvenInsideAGraph() {
        PageMetadata meta = reader.read(Jsoup.parse("""
                <html lang="ar"><head><title>Other | Site</title>
                <meta property="article:published_time" content="2020-01-01T00:00:00Z">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Clashes in Marib","datePublished":"2021-02-10T08:15:00+03:00",
                  "author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}],
                  "publisher":{"@type":"Organization","name":"Example Daily"}}]}</script></head><body></body></html>
                """), "https://example.org/a");
        assertEquals("Clashes in Marib", meta.title());
        assertEquals(LocalDateTime.of(2021, 2, 10, 8, 15), meta.published());
        assertEquals("A. Writer, B. Writer", meta.byline());
        assertEquals("Example Daily", meta.publisher());
        assertEquals("ar", meta.language());
        assertEquals("https://example.org/a", meta.canonicalUrl());
    }

    @Test
    void brokenJsonLdFallsBackToMetaTagsAndTimeElements() {
        PageMetadata meta = reader.read(Jsoup.parse("""
                <html><head><title>Strikes on Idlib - Example News</title>
                <script type="application/ld+json">{ not json</script></head>
                <body><h1>Strikes on Idlib</h1><span class="byline">By Jane Doe</span>
                <time datetime="2016-09-05T09:27:33">5 Sep</time></body></html>
                """), null);
        assertEquals("Strikes on Idlib", meta.title());
        assertEquals("By Jane Doe", meta.byline());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 27, 33), meta.published());
        assertNull(meta.publisher());
    }

    @Test
    void publicationTimesInTheirUsualLayouts() {
        PublishedTimes times = new PublishedTimes();
        assertEquals(LocalDateTime.of(2018, 1, 31, 12, 0), times.parse("Wed, 31 Jan 2018 12:00:00 GMT").orElseThrow());
        assertEquals(LocalDateTime.of(2016, 9, 5, 0, 0), times.parse("September 5, 2016").orElseThrow());
        assertEquals(LocalDateTime.of(2015, 3, 3, 18, 51), times.parse("3 Mar 2015 6.51pm").orElseThrow());
        assertEquals(LocalDateTime.of(2019, 11, 19, 16, 18, 9), times.parse("2019-11-19T16:18:09.704-05:00").orElseThrow());
        assertEquals(LocalDateTime.of(2020, 9, 13, 12, 26, 40), times.parse("1600000000").orElseThrow());
        assertEquals(java.util.Optional.empty(), times.parse("yesterday"));
    }
}
