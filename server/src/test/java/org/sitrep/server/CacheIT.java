package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.store.SitrepStore;

/**
 * The response cache of the read endpoints, over HTTP on the seeded server: one entry per query however it is
 * spelt, never one for two filters or two cursors, emptied by the server's own writes at once and by another
 * process's within the check interval, revalidated by ETag, gzipped for clients that ask; and the same answers
 * with the cache off.
 */
class CacheIT {
    private static final String BOMBS = "event_type=Explosions%2FRemote%20violence";
    private static SeededServer seeded;

    @BeforeAll
    static void start() throws Exception {
        seeded = SeededServer.get();
    }

    private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    private static JsonNode events(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), new String(response.body()));
        return Http.JSON.readTree(response.body()).get("events");
    }

    @Test
    void oneQueryHowEverSpeltIsOneAnswerAndTwoFiltersOrCursorsNeverShareOne() throws Exception {
        HttpResponse<byte[]> bombs = get(seeded.url("/api/events?limit=1000&" + BOMBS));
        HttpResponse<byte[]> respelt = get(seeded.url("/api/events?" + BOMBS + "%20&limit=1000&unknown=1"));
        assertArrayEquals(bombs.body(), respelt.body());
        assertEquals(etag(bombs), etag(respelt));
        assertFalse(events(bombs).isEmpty());
        events(bombs).forEach(e -> assertEquals("Explosions/Remote violence", e.get("event_type").asText()));
        HttpResponse<byte[]> others = get(seeded.url("/api/events?limit=1000&event_type=Battles"));
        events(others).forEach(e -> assertEquals("Battles", e.get("event_type").asText()));
        assertNotEquals(etag(bombs), etag(others));
        // filters that differ only in a value that the cache key must keep apart
        JsonNode fromDay = events(get(seeded.url("/api/events?limit=1000&from=2016-09-05")));
        JsonNode fromLater = events(get(seeded.url("/api/events?limit=1000&from=2016-09-06")));
        assertTrue(fromLater.size() < fromDay.size(), fromDay.size() + " from the 5th, " + fromLater.size() + " from the 6th");

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = seeded.url("/api/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            HttpResponse<byte[]> page = get(url);
            assertArrayEquals(page.body(), get(url).body(), "a page asked again is the same page");
            for (JsonNode event : events(page)) {
                assertTrue(seen.add(event.get("event_id_cnty").asText()), "cursor pages never share an answer: " + event);
            }
            cursor = Http.JSON.readTree(page.body()).get("next_cursor").textValue();
            pages++;
        } while (cursor != null);
        assertTrue(pages > 3, pages + " pages");
        assertEquals(events(get(seeded.url("/api/events?limit=1000"))).size(), seen.size());
    }

    @Test
    void aWriteThroughTheServerMakesTheNextReadFresh() throws Exception {
        String url = seeded.url("/api/events?limit=1000&from=2018-06-01&to=2018-06-30");
        HttpResponse<byte[]> before = get(url);
        assertEquals(etag(before), etag(get(url)), "answered again from the cache");
        String report = "{\"text\":\"On 12 June 2018, a car bomb killed 4 people in Azaz, activists said.\","
                + "\"published\":\"2018-06-13\",\"source\":\"Cache test\"}";
        Http.Reply stored = Http.post(seeded.url("/api/documents"), SeededServer.TOKEN, report);
        assertEquals(201, stored.status(), stored.body());
        HttpResponse<byte[]> after = get(url, "If-None-Match", etag(before));
        assertEquals(200, after.statusCode(), "the old ETag no longer matches");
        assertEquals(events(before).size() + 1, events(after).size(), new String(after.body()));
    }

    @Test
    void anotherProcesssWriteIsSeenWithinTheCheckInterval() throws Exception {
        String url = seeded.url("/api/events?limit=1000&from=2018-08-01&to=2018-08-31");
        int before = events(get(url)).size();
        // another process writing to the same database: a second store on the file, as `sitrep ingest` opens it
        try (SitrepStore other = SitrepStore.open(seeded.databaseFile)) {
            Document document = new Document("cache-other-process", "Other", null, LocalDate.of(2018, 8, 3).atStartOfDay(),
                    "Five soldiers were killed in clashes with rebels in Deir ez-Zor on 2 August 2018.", List.of());
            other.store(seeded.extractor.extract(document), null);
        }
        // the server reads the change mark at most every CACHE_CHECK; waiting several times as long cannot miss it
        Thread.sleep(SeededServer.CACHE_CHECK.toMillis() * 3);
        get(url); // the first request after the interval reads the mark
        assertEquals(before + 1, events(get(url)).size());
    }

    @Test
    void anUnchangedAnswerIsRevalidatedAndGzippedForClientsThatAsk() throws Exception {
        String url = seeded.url("/api/events?limit=50");
        HttpResponse<byte[]> plain = get(url);
        assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> notModified = get(url, "If-None-Match", etag(plain));
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        HttpResponse<byte[]> gzipped = get(url, "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < plain.body().length / 3, gzipped.body().length + " bytes gzipped");
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
        assertEquals(etag(plain), etag(gzipped));
    }

    @Test
    void withTheCacheOffTheAnswersAreTheSame() throws Exception {
        ServerSettings off = new ServerSettings(ServerSettings.LOOPBACK, 0, null, 64 * 1024, List.of(), Duration.ofSeconds(2), 0,
                SeededServer.CACHE_CHECK);
        try (SitrepServer uncached = new SitrepServer(seeded.store, () -> seeded.extractor, off).start()) {
            for (String path : List.of("/api/events?limit=1000", "/api/events?limit=3&" + BOMBS, "/api/tolls", "/api/control",
                    "/api/documents/D1")) {
                HttpResponse<byte[]> cached = get(seeded.url(path));
                HttpResponse<byte[]> computed = get(uncached.url() + path.substring(1));
                assertEquals(200, computed.statusCode(), path);
                assertArrayEquals(cached.body(), computed.body(), path);
                assertEquals(etag(cached), etag(computed), path);
                assertEquals(304, get(uncached.url() + path.substring(1), "If-None-Match", etag(cached)).statusCode(), path);
            }
            HttpResponse<byte[]> gzipped = get(uncached.url() + "api/events?limit=50", "Accept-Encoding", "gzip");
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), "Javalin compresses on the fly");
            assertArrayEquals(get(seeded.url("/api/events?limit=50")).body(),
                    new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
        }
    }
}
