package org.sitrep.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.DocumentVersions;
import org.sitrep.ingest.IngestFailure;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestSink;
import org.sitrep.ingest.IngestedDocument;
import org.sitrep.ingest.Ingestion;
import org.sitrep.ingest.fetch.FetchOptions;
import org.sitrep.ingest.fetch.HttpFetcher;

/** The watcher against a local server on 127.0.0.1: new items only, 304s cost nothing, a page is not a feed. */
class FeedWatcherTest {

    @Test
    void eachRoundHandsOnOnlyWhatIsNew() throws Exception {
        AtomicReference<String> feedBody = new AtomicReference<>(feed("1", "First report of clashes in Aleppo."));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", ex -> {
            String etag = "\"" + feedBody.get().hashCode() + "\"";
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = feedBody.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/page", ex -> {
            byte[] body = "<!DOCTYPE html><html><body><p>Not a feed at all, just a page.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            HttpFetcher fetcher = new HttpFetcher(new FetchOptions(Duration.ofSeconds(2), 5, 0, Duration.ZERO, Duration.ZERO, 1 << 20, "sitrep-test/1"));
            IngestOptions options = new IngestOptions(1 << 20, false);
            FeedWatcher watcher = new FeedWatcher(fetcher, new DocumentReader(), new Ingestion(fetcher, options), new DocumentVersions(), options.maxBytes());
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<URI> feeds = List.of(URI.create(base + "/feed"), URI.create(base + "/page"));
            List<IngestedDocument> docs = new ArrayList<>();
            List<IngestFailure> failures = new ArrayList<>();
            IngestSink sink = new IngestSink() {
                @Override
                public void document(IngestedDocument document) {
                    docs.add(document);
                }

                @Override
                public void failure(IngestFailure failure) {
                    failures.add(failure);
                }
            };
            FeedWatcher.Round first = watcher.poll(feeds, sink);
            assertEquals(1, first.documents());
            assertTrue(failures.getFirst().reason().startsWith("not a feed"), failures.toString());

            FeedWatcher.Round second = watcher.poll(feeds.subList(0, 1), sink);
            assertEquals(1, second.unchanged(), "the server said 304");
            assertEquals(1, docs.size());

            feedBody.set(feed("1", "First report of clashes in Aleppo.") .replace("</channel>",
                    "<item><guid>2</guid><link>https://example.org/2</link><title>b</title><description>Second report: shelling in Idlib.</description></item></channel>"));
            FeedWatcher.Round third = watcher.poll(feeds.subList(0, 1), sink);
            assertEquals(1, third.newItems(), "the item seen before is not read again");
            assertEquals(2, docs.size());
            assertEquals("Second report: shelling in Idlib.", docs.get(1).document().text());
        } finally {
            server.stop(0);
        }
    }

    private static String feed(String guid, String description) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title><link>https://example.org/</link>"
                + "<item><guid>" + guid + "</guid><link>https://example.org/" + guid + "</link><title>a</title><description>" + description
                + "</description></item></channel></rss>";
    }
}
