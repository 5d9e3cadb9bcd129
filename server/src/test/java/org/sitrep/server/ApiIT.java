package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.store.SitrepStore;

/** The API of the real server, over HTTP, on a database with the seed report. */
class ApiIT {
    private static SeededServer seeded;

    @BeforeAll
    static void start() throws Exception {
        seeded = SeededServer.get();
    }

    private static String url(String path) {
        return seeded.url(path);
    }

    @Test
    void theSeedsEventsArePagedWithTheirEvidence() throws Exception {
        Http.Reply reply = Http.get(url("/api/events?limit=5"));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.response().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", reply.response().headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(Http.get(url("/")).response().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "the map's page has its own policy");
        JsonNode page = reply.json();
        assertEquals(5, page.get("events").size());
        JsonNode first = page.get("events").get(0);
        assertTrue(first.get("evidence").get(0).get("sentence").asText().length() > 10, first.toString());
        assertNotNull(page.get("next_cursor").textValue());

        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode p = Http.get(url("/api/events?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))).json();
            p.get("events").forEach(e -> assertTrue(ids.add(e.get("event_id_cnty").asText()), "no event twice: " + e));
            cursor = p.get("next_cursor").textValue();
            pages++;
        } while (cursor != null);
        assertTrue(ids.size() >= 8, "the seed has at least 8 incidents: " + ids);
        assertEquals((ids.size() + 2) / 3, pages);
    }

    @Test
    void filtersSelect() throws Exception {
        JsonNode strikes = Http.get(url("/api/events?limit=1000&event_type=Explosions%2FRemote%20violence&country=SY")).json().get("events");
        assertFalse(strikes.isEmpty());
        strikes.forEach(e -> {
            assertEquals("Explosions/Remote violence", e.get("event_type").asText());
            assertEquals("Syria", e.get("country").asText());
        });
        JsonNode aleppo = Http.get(url("/api/events?limit=1000&bbox=35.5,36.5,36.8,37.8")).json().get("events");
        aleppo.forEach(e -> assertTrue(e.get("latitude").asDouble() >= 35.5 && e.get("longitude").asDouble() <= 37.8, e.toString()));
        JsonNode deadly = Http.get(url("/api/events?limit=1000&min_fatalities=5")).json().get("events");
        deadly.forEach(e -> assertTrue(e.get("fatalities").asInt() >= 5));
        assertTrue(Http.get(url("/api/events?from=2030-01-01")).json().get("events").isEmpty());
        assertTrue(Http.get(url("/api/events?modality=planned")).json().get("events").size()
                < Http.get(url("/api/events?limit=1000")).json().get("events").size());
        for (String bad : List.of("limit=0", "limit=5000", "from=yesterday", "bbox=1,2,3", "min_fatalities=many", "cursor=%40%40")) {
            Http.Reply reply = Http.get(url("/api/events?" + bad));
            assertEquals(400, reply.status(), bad);
            assertOnlyAnError(reply);
        }
    }

    @Test
    void anEventHasItsSourcesAndItsDocumentTheEvidenceSpans() throws Exception {
        String id = Http.get(url("/api/events?limit=1&to=2016-12-31&event_type=Explosions%2FRemote%20violence")).json()
                .get("events").get(0).get("event_id_cnty").asText();
        JsonNode event = Http.get(url("/api/events/" + id)).json();
        assertEquals(id, event.get("event_id_cnty").asText());
        JsonNode source = event.get("sources").get(0);
        assertEquals("The Interpreter", source.get("publisher").asText());
        JsonNode document = Http.get(url("/api/documents/" + source.get("documentId").asText())).json();
        String text = document.get("text").asText();
        int start = source.get("evidenceStart").asInt();
        int end = source.get("evidenceEnd").asInt();
        assertEquals(source.get("evidence").asText(), text.substring(start, end));
        boolean listed = false;
        for (JsonNode span : document.get("evidence")) {
            assertEquals(span.get("sentence").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
            listed |= span.get("event_id_cnty").asText().equals(id);
        }
        assertTrue(listed, "the document lists the event's evidence");

        Http.Reply missing = Http.get(url("/api/events/XX999"));
        assertEquals(404, missing.status());
        assertOnlyAnError(missing);
        assertEquals(404, Http.get(url("/api/documents/D999")).status());
        assertEquals(404, Http.get(url("/api/no-such-thing")).status());
    }

    @Test
    void theExportsStreamEveryEvent() throws Exception {
        int events = Http.get(url("/api/events?limit=1000")).json().get("events").size();
        Http.Reply csv = Http.get(url("/api/events.csv"));
        assertEquals(200, csv.status());
        assertTrue(csv.response().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\n");
        assertTrue(lines[0].startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type"), lines[0]);
        assertTrue(lines.length - 1 >= events, "a row per event (notes may hold line breaks)");
        JsonNode geojson = Http.get(url("/api/events.geojson")).json();
        assertEquals("FeatureCollection", geojson.get("type").asText());
        assertEquals(events, geojson.get("features").size());
        assertEquals(Http.get(url("/api/events?limit=1000&country=Syria")).json().get("events").size(),
                Http.get(url("/api/events.geojson?country=Syria")).json().get("features").size());
    }

    @Test
    void tollsAndControlObservations() throws Exception {
        JsonNode tolls = Http.get(url("/api/tolls")).json().get("tolls");
        assertTrue(tolls.findValues("killed").stream().anyMatch(k -> k.asInt() == 57), tolls.toString());
        JsonNode control = Http.get(url("/api/control?country=Syria")).json().get("control");
        assertFalse(control.isEmpty());
        control.forEach(c -> assertNotNull(c.get("holder")));
    }

    @Test
    void theOpenApiDescriptionNamesEveryEndpoint() throws Exception {
        JsonNode api = Http.get(url("/api/openapi.json")).json();
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/events.geojson", "/api/events.csv", "/api/documents/{id}",
                "/api/control", "/api/tolls", "/api/stream", "/api/documents")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void writingNeedsTheToken() throws Exception {
        String report = "{\"text\":\"Two people were killed by shelling in Daraa on Sunday.\",\"published\":\"2016-09-05\"}";
        for (String token : new String[] {null, "wrong", SeededServer.TOKEN + "x", ""}) {
            Http.Reply reply = Http.post(url("/api/documents"), token, report);
            assertEquals(401, reply.status(), "token " + token);
            assertOnlyAnError(reply);
        }
        assertEquals(400, Http.post(url("/api/documents"), SeededServer.TOKEN, "not json").status());
        assertEquals(400, Http.post(url("/api/documents"), SeededServer.TOKEN, "{\"text\":\"no date anywhere\"}").status());
        Http.Reply tooLarge = Http.post(url("/api/documents"), SeededServer.TOKEN, "{\"text\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, tooLarge.status());
        assertOnlyAnError(tooLarge);
        // a chunked body declares no length: it is cut off at the limit while being read
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(url("/api/documents")))
                .header("Authorization", "Bearer " + SeededServer.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[200_000]))).build();
        Http.Reply cut = Http.send(chunked);
        assertEquals(413, cut.status(), cut.body());
        assertOnlyAnError(cut);
    }

    @Test
    void aPostedReportIsStoredAndStreamedLive() throws Exception {
        HttpRequest streamRequest = HttpRequest.newBuilder(URI.create(url("/api/stream"))).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = Http.CLIENT.send(streamRequest, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals(": connected", lines.readLine());
            String report = "{\"text\":\"On 3 March 2017, an air strike killed 6 civilians in Maarat al-Numan in Idlib province, "
                    + "activists said.\",\"published\":\"2017-03-04\",\"source\":\"API test\",\"title\":\"Idlib strike\"}";
            Http.Reply stored = Http.post(url("/api/documents"), SeededServer.TOKEN, report);
            assertEquals(201, stored.status(), stored.body());
            assertEquals("stored", stored.json().get("status").asText());
            assertTrue(stored.json().get("events_created").asInt() + stored.json().get("events_merged").asInt() >= 1, stored.body());
            JsonNode live = nextEvent(lines);
            assertEquals("2017-03-03", live.get("event_date").asText(), live.toString());

            Http.Reply again = Http.post(url("/api/documents"), SeededServer.TOKEN, report);
            assertEquals(200, again.status());
            assertEquals("duplicate", again.json().get("status").asText());

            // another process writing to the same database: here a second store on the file, as `sitrep ingest` opens it
            try (SitrepStore other = SitrepStore.open(seeded.databaseFile)) {
                Document document = new Document("other-process", "Other", null, LocalDate.of(2017, 5, 2).atStartOfDay(),
                        "Three soldiers were killed in clashes with rebels in Deir ez-Zor on 1 May 2017.", List.of());
                other.store(seeded.extractor.extract(document), null);
            }
            JsonNode fromOther = nextEvent(lines);
            assertEquals("2017-05-01", fromOther.get("event_date").asText(), fromOther.toString());
        }
    }

    @Test
    void onlyLoopbackByDefaultAndNoCors() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/events?limit=1"))).header("Origin", "https://evil.example").build();
        HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off");
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : network.inetAddresses().toList()) {
                if (!address.isLoopbackAddress() && address.getAddress().length == 4) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, seeded.server.port()), 1000);
                        throw new AssertionError("the server answers on " + address);
                    } catch (java.io.IOException refused) {
                        // expected: only 127.0.0.1 listens
                    }
                }
            }
        }
    }

    /** Reads the stream up to the next {@code event} message, within ten seconds. */
    private static JsonNode nextEvent(BufferedReader lines) throws Exception {
        CompletableFuture<JsonNode> next = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                boolean isEvent = false;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("event: event")) {
                        isEvent = true;
                    } else if (isEvent && line.startsWith("data: ")) {
                        return Http.JSON.readTree(line.substring(6));
                    }
                }
                throw new AssertionError("the stream ended");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return next.get(10, TimeUnit.SECONDS);
    }

    private static void assertOnlyAnError(Http.Reply reply) throws Exception {
        JsonNode body = reply.json();
        assertEquals(1, body.size(), reply.body());
        assertTrue(body.has("error"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
    }
}
