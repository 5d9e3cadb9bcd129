package org.sitrep.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.TextDecoder;

/** The fetcher against a local server on 127.0.0.1: never an outside address. */
class HttpFetcherTest {
    private HttpServer server;
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger politeCalls = new AtomicInteger();
    private String lastUserAgent;

    private final HttpFetcher fetcher = new HttpFetcher(new FetchOptions(Duration.ofMillis(700), 5, 2, Duration.ofMillis(50),
            Duration.ZERO, 64 * 1024, "sitrep-test/1"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> {
            lastUserAgent = ex.getRequestHeaders().getFirst("User-Agent");
            send(ex, 200, "text/html; charset=utf-8", "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
        server.createContext("/moved", ex -> redirect(ex, "/ok"));
        server.createContext("/slow", ex -> {
            sleep(3000);
            send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/stall", ex -> {
            ex.sendResponseHeaders(200, 100);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[10]);
                out.flush();
                sleep(3000);
            } catch (IOException closedByClient) {
                // the fetcher gave up
            }
        });
        server.createContext("/huge", ex -> send(ex, 200, "text/plain", new byte[200 * 1024]));
        server.createContext("/huge-chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[4096]);
                }
            } catch (IOException closedByClient) {
                // the fetcher stops reading at its cap
            }
        });
        server.createContext("/etag", ex -> {
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
            } else {
                send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/flaky", ex -> {
            if (flakyCalls.incrementAndGet() < 3) {
                send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "text/plain", "fine".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/cyrillic", ex -> send(ex, 200, "text/html; charset=windows-1251",
                "<p>Новости</p>".getBytes(Charset.forName("windows-1251"))));
        server.createContext("/polite", ex -> {
            politeCalls.incrementAndGet();
            send(ex, 200, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void fetchesAndSaysWhoAsks() throws Exception {
        FetchResult result = fetcher.fetch(at("/ok"), Validators.NONE);
        assertEquals(200, result.status());
        assertArrayEquals("<p>hello</p>".getBytes(StandardCharsets.UTF_8), result.body());
        assertEquals("sitrep-test/1", lastUserAgent);
    }

    @Test
    void a404IsAClearFailure() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(at("/missing"), Validators.NONE));
        assertTrue(e.getMessage().endsWith("HTTP 404"), e.getMessage());
    }

    @Test
    void redirectsAreFollowedAndLoopsNamed() throws Exception {
        assertEquals(at("/ok"), fetcher.fetch(at("/moved"), Validators.NONE).address());
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(at("/loop-a"), Validators.NONE));
        assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(at("/slow"), Validators.NONE));
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }

    @Test
    void aBodyThatStallsTimesOut() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(at("/stall"), Validators.NONE));
        assertTrue(e.getMessage().contains("timed out reading the body"), e.getMessage());
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        FetchException declared = assertThrows(FetchException.class, () -> fetcher.fetch(at("/huge"), Validators.NONE));
        assertTrue(declared.getMessage().contains("cap"), declared.getMessage());
        FetchException streamed = assertThrows(FetchException.class, () -> fetcher.fetch(at("/huge-chunked"), Validators.NONE));
        assertTrue(streamed.getMessage().contains("cap"), streamed.getMessage());
    }

    @Test
    void aConditionalGetGets304() throws Exception {
        FetchResult first = fetcher.fetch(at("/etag"), Validators.NONE);
        assertFalse(first.notModified());
        assertEquals("\"v1\"", first.validators().etag());
        FetchResult second = fetcher.fetch(at("/etag"), first.validators());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        assertEquals("fine", new String(fetcher.fetch(at("/flaky"), Validators.NONE).body(), StandardCharsets.UTF_8));
        assertEquals(3, flakyCalls.get());
    }

    @Test
    void theDeclaredCharsetDecodesTheBody() throws Exception {
        FetchResult result = fetcher.fetch(at("/cyrillic"), Validators.NONE);
        assertEquals("<p>Новости</p>", new TextDecoder().decode(result.body(), result.contentType()).text());
    }

    @Test
    void requestsToOneHostAreSpacedOut() throws Exception {
        HttpFetcher polite = new HttpFetcher(new FetchOptions(Duration.ofSeconds(2), 5, 0, Duration.ZERO,
                Duration.ofMillis(300), 1024, "sitrep-test/1"));
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            polite.fetch(at("/polite"), Validators.NONE);
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 600);
        assertEquals(3, politeCalls.get());
    }

    @Test
    void onlyWebAddressesAreFetched() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("file:///etc/passwd"), Validators.NONE));
        assertTrue(e.getMessage().contains("not an http(s) address"), e.getMessage());
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
