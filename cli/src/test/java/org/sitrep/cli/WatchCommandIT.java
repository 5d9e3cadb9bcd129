package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep watch} against a feed served on 127.0.0.1: the first round follows each item to its article and
 * stores its events; the next round finds nothing new; a broken feed is reported and the others go on.
 */
class WatchCommandIT {
    @TempDir
    Path dir;

    @Test
    void storesNewArticlesOnceAndGoesOnPastABrokenFeed() throws Exception {
        AtomicInteger articleFetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        String base = "http://127.0.0.1:" + port;
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Syria desk</title><link>%1$s/</link>
                <item><title>Car bombs in Tartus</title><link>%1$s/tartus</link><guid>tartus</guid>
                  <pubDate>Mon, 05 Sep 2016 10:00:00 GMT</pubDate></item>
                <item><title>Air strikes on Saraqib</title><link>%1$s/saraqib</link><guid>saraqib</guid>
                  <pubDate>Mon, 05 Sep 2016 11:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(base);
        Map<String, String> pages = Map.of(
                "/tartus", page("Car bombs in Tartus", "Two car bombs exploded on the Arzuna bridge outside Tartus on Monday, "
                        + "killing at least 30 people, state media said."),
                "/saraqib", page("Air strikes on Saraqib", "Russian air strikes hit the town of Saraqib in Idlib province on Monday, "
                        + "killing 12 civilians, activists said."));
        server.createContext("/feed.xml", exchange -> respond(exchange, 200, "application/rss+xml", feed));
        server.createContext("/broken.xml", exchange -> respond(exchange, 200, "text/html", "<html><body>Not a feed</body></html>"));
        server.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            if (body != null) {
                articleFetches.incrementAndGet();
            }
            respond(exchange, body == null ? 404 : 200, "text/html; charset=utf-8", body == null ? "not found" : body);
        });
        server.start();
        try {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, "# the desk's feeds\n" + base + "/feed.xml\n" + base + "/broken.xml\n");
            Path db = dir.resolve("watch.db");
            ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "watch", "--feeds", feeds.toString(), "--every", "1s",
                    "--rounds", "2", "--db", db.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("round 1: 2 feeds") && run.err().contains("2 new items"), run.err());
            assertTrue(run.err().contains("round 2: 2 feeds") && run.err().contains("0 new items"), run.err());
            assertTrue(run.err().contains("broken.xml"), "the broken feed is named: " + run.err());
            assertEquals(2, articleFetches.get(), "each article fetched once");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM documents"));
            assertTrue(count(db, "SELECT COUNT(*) FROM events WHERE admin1 = 'Tartus'") >= 1);
            assertTrue(count(db, "SELECT COUNT(*) FROM events WHERE sub_event_type = 'Air/drone strike'") >= 1);
        } finally {
            server.stop(0);
        }
    }

    private static String page(String title, String text) {
        return "<!doctype html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2016-09-05T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>" + text
                + "</p><p>The monitoring group said the toll was likely to rise as rescuers searched the rubble.</p></article>"
                + "<footer>Copyright</footer></body></html>";
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
