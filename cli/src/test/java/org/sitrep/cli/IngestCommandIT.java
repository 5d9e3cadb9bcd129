package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep ingest} over web addresses served on 127.0.0.1 and files: the article is stored; a 404, a redirect
 * loop, a binary body and a binary file are each one line naming the input, the run goes on, and what was stored
 * before stays.
 */
class IngestCommandIT {
    private static final String ARTICLE = "<!doctype html><html lang=\"en\"><head><title>Bombs in Homs</title>"
            + "<meta property=\"article:published_time\" content=\"2016-09-05T11:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><h1>Bombs in Homs</h1>"
            + "<p>A car bomb exploded at the entrance of the Zahraa neighbourhood of Homs on Monday, killing three people, "
            + "state media said.</p><p>No group claimed the attack.</p></article><footer>Copyright</footer></body></html>";

    @TempDir
    Path dir;

    @Test
    void badInputsAreNamedAndTheRunGoesOn() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/homs", exchange -> respond(exchange, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", base + "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        server.createContext("/blob", exchange -> respond(exchange, 200, "application/octet-stream", noise));
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        server.start();
        try {
            Path db = dir.resolve("sitrep.db");
            Path seed = SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
            ExtractCommandIT.Run first = ExtractCommandIT.sitrep(null, "ingest", seed.toString(), "--db", db.toString());
            assertEquals(0, first.exit(), first.err());

            Path binary = dir.resolve("image.bin");
            Files.write(binary, noise);
            ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "ingest", base + "/missing", base + "/loop", base + "/blob",
                    binary.toString(), base + "/homs", "--db", db.toString());
            assertEquals(Sitrep.INPUT_ERROR, run.exit(), run.err());
            for (String bad : new String[] {base + "/missing", base + "/loop", base + "/blob", binary.toString()}) {
                assertTrue(run.err().lines().anyMatch(l -> l.startsWith("sitrep: " + bad)), bad + " is named: " + run.err());
            }
            assertTrue(run.err().contains("1 documents stored") && run.err().contains("4 failed"), run.err());

            ExtractCommandIT.Run export = ExtractCommandIT.sitrep(null, "export", "--format", "jsonl", "--db", db.toString());
            assertTrue(export.out().contains("\"admin1\":\"Homs\""), "the article's bombing is stored");
            assertTrue(export.out().contains("Tartus"), "the seed's incidents are still there");

            ExtractCommandIT.Run again = ExtractCommandIT.sitrep(null, "ingest", base + "/homs", "--db", db.toString());
            assertTrue(again.err().contains("0 documents stored") && again.err().contains("1 already stored"), again.err());
        } finally {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
