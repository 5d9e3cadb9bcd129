package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreOutcome;
import org.sitrep.temporal.ReferenceTimes;

/**
 * {@code POST /api/documents}: a report in, its events extracted and stored. Only with the bearer token. A text
 * already stored is answered from the database without extracting it again.
 */
final class IngestApi {
    private final SitrepStore store;
    private final Supplier<Extractor> extractors;
    private final BearerToken token;
    private final LiveEvents live;
    private final ObjectMapper json;
    private final long maxBodyBytes;
    /** One extraction at a time: it takes a core and the memory of a whole report, and the extractor is loaded once. */
    private final ReentrantLock extracting = new ReentrantLock();
    private Extractor extractor;

    IngestApi(SitrepStore store, Supplier<Extractor> extractors, BearerToken token, LiveEvents live, ObjectMapper json,
              long maxBodyBytes) {
        this.store = store;
        this.extractors = extractors;
        this.token = token;
        this.live = live;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(Javalin app) {
        app.post("/api/documents", this::ingest);
    }

    private void ingest(Context ctx) {
        if (!token.admits(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse(token.configured() ? "a valid bearer token is required"
                    : "this server accepts no writes: start it with a token");
        }
        JsonNode request = bodyOf(ctx);
        Document document = document(request);
        StoreOutcome outcome = store.documentWithText(document.text())
                .map(id -> new StoreOutcome(StoreOutcome.Status.DUPLICATE, id, 0, 0, 0, 0, 0))
                .orElseGet(() -> extractAndStore(document, text(request, "title")));
        live.poll();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        body.put("document_id", outcome.documentId());
        body.put("version", outcome.version());
        body.put("events_created", outcome.eventsCreated());
        body.put("events_merged", outcome.eventsMerged());
        body.put("casualty_reports", outcome.casualtyReports());
        body.put("control_observations", outcome.controlObservations());
        ctx.status(outcome.status() == StoreOutcome.Status.DUPLICATE ? HttpStatus.OK : HttpStatus.CREATED).json(body);
    }

    private StoreOutcome extractAndStore(Document document, String title) {
        extracting.lock();
        try {
            if (extractor == null) {
                extractor = extractors.get();
            }
            return store.store(extractor.extract(document), title);
        } finally {
            extracting.unlock();
        }
    }

    private static Document document(JsonNode body) {
        String text = text(body, "text");
        if (text == null || text.isBlank()) {
            throw new BadRequestResponse("the body needs a non-empty \"text\"");
        }
        String publishedText = text(body, "published");
        LocalDateTime published = publishedText != null ? published(publishedText) : ReferenceTimes.fromText(text).orElseThrow(() ->
                new BadRequestResponse("the report gives no publication date: send \"published\": \"YYYY-MM-DD[THH:MM]\""));
        String url = text(body, "url");
        String id = text(body, "id") != null ? text(body, "id") : url != null ? url : "api-" + shortHash(text);
        return new Document(id, text(body, "source"), url, published, text, List.of());
    }

    private JsonNode bodyOf(Context ctx) {
        byte[] bytes;
        // read at most one byte over the limit: a chunked body declares no length that could be refused up front
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        } catch (IOException e) {
            throw new BadRequestResponse("the body could not be read");
        }
        if (bytes.length > maxBodyBytes) {
            throw new HttpResponseException(413, "the body is larger than " + maxBodyBytes + " bytes");
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object {\"text\", \"published\", \"source\", \"url\", \"title\"}");
            }
            return node;
        } catch (IOException e) {
            throw new BadRequestResponse("the body is not JSON");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static LocalDateTime published(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("\"published\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
