package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code sitrep demo} loads the bundled samples and serves them; a second start skips what is stored. */
class DemoCommandIT {
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FA_KES_ARTICLES = 8;

    @TempDir
    Path folder;

    @Test
    void theDemoServesTheSamplesAndRestartsWithoutIngestingAgain() throws Exception {
        String db = folder.resolve("demo.db").toString();
        Demo first = start(db);
        try {
            // the seed, then the batch of FA-KES articles (samples/fa-kes-syria.jsonl)
            assertTrue(first.log().contains("1 documents stored") && first.log().contains(FA_KES_ARTICLES + " documents stored"), first.log());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> events = client.send(HttpRequest.newBuilder(URI.create(first.url() + "api/events?limit=1000")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, events.statusCode());
            JsonNode page = JSON.readTree(events.body());
            assertTrue(page.get("events").size() >= 8, events.body());
            // the map shows events read from the bundled articles, not only from the seed
            Set<String> articles = new TreeSet<>();
            for (JsonNode event : page.get("events")) {
                for (JsonNode documentId : event.get("document_ids")) {
                    HttpResponse<String> document = client.send(HttpRequest.newBuilder(
                            URI.create(first.url() + "api/documents/" + documentId.asText())).build(), HttpResponse.BodyHandlers.ofString());
                    String externalId = JSON.readTree(document.body()).path("external_id").asText();
                    if (externalId.startsWith("fa-kes-")) {
                        articles.add(externalId);
                    }
                }
            }
            assertTrue(articles.size() >= 5, "events from only " + articles + " of the FA-KES articles");
            HttpResponse<String> map = client.send(HttpRequest.newBuilder(URI.create(first.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(map.body().contains("<div id=\"map\">"));
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(first.url() + "api/documents"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, write.statusCode());
        } finally {
            first.stop();
        }
        Demo second = start(db);
        second.stop();
        assertTrue(second.log().contains("0 documents stored") && second.log().contains("1 already stored")
                && second.log().contains(FA_KES_ARTICLES + " already stored"), second.log());
    }

    record Demo(Process process, String url, String log) {
        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
    }

    /** Starts {@code sitrep demo} on a free port and waits for the line that gives its URL. */
    private static Demo start(String db) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("sitrep.jar"), "demo", "--db", db, "--port", "0",
                "--samples", System.getProperty("sitrep.samples", "../samples"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        return serving.group(1);
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String found = url.get(180, TimeUnit.SECONDS);
        synchronized (log) {
            assertTrue(found != null, "demo did not start serving:\n" + log);
            return new Demo(process, found, log.toString());
        }
    }
}
