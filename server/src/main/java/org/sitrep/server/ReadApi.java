package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.StoredEvent;

/**
 * The read endpoints: pages of incidents, one incident, the exports, documents, tolls and control observations.
 * All but the exports (streamed, of any size) answer through the response cache, keyed by the endpoint and the
 * parsed query: two spellings of one query share an entry, two different filters or cursors never do.
 */
final class ReadApi {
    private final SitrepStore store;
    private final ObjectMapper json;
    private final CachedResponses cache;

    ReadApi(SitrepStore store, ObjectMapper json, CachedResponses cache) {
        this.store = store;
        this.json = json;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.get("/api/events", this::page);
        app.get("/api/events.geojson", ctx -> export(ctx, EventExport.GEOJSON, "geojson"));
        app.get("/api/events.csv", ctx -> export(ctx, EventExport.ACLED_CSV, "csv"));
        app.get("/api/events/{id}", this::event);
        app.get("/api/documents/{id}", this::document);
        app.get("/api/control", ctx -> {
            EventQuery query = QueryParameters.observations(ctx).build();
            cache.answer(ctx, "control " + query, () -> json.writeValueAsBytes(Map.of("control", store.controlObservations(query))));
        });
        app.get("/api/tolls", ctx -> {
            EventQuery query = QueryParameters.observations(ctx).build();
            cache.answer(ctx, "tolls " + query, () -> json.writeValueAsBytes(Map.of("tolls", store.casualtyReports(query))));
        });
    }

    /** A page, written from the database's rows straight to JSON. */
    private void page(Context ctx) throws Exception {
        EventQuery query = QueryParameters.events(ctx).build();
        cache.answer(ctx, "events " + query, () -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
            try (JsonGenerator out = json.getFactory().createGenerator(body)) {
                store.writeEventsPage(query, out);
            }
            return body.toByteArray();
        });
    }

    /** Streams every incident the filters select, page by page: memory stays flat however many there are. */
    private void export(Context ctx, EventExport export, String extension) throws Exception {
        var query = QueryParameters.events(ctx).cursor(null).limit(QueryParameters.MAX_PAGE).build();
        ctx.contentType(export.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + extension + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 64 * 1024);
        export.write(store, query, out);
        out.flush();
    }

    private void event(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        cache.answer(ctx, "event " + id, () -> {
            StoredEvent event = store.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
            Map<String, Object> body = new LinkedHashMap<>(event.record());
            body.put("edits", event.edits());
            body.put("sources", event.sources());
            body.put("audit", event.audit());
            return json.writeValueAsBytes(body);
        });
    }

    private void document(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        cache.answer(ctx, "document " + id, () -> {
            StoredDocument document = store.document(id).orElseThrow(() -> new NotFoundResponse("no document " + id));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", document.id());
            body.put("version", document.version());
            body.put("external_id", document.externalId());
            body.put("publisher", document.publisher());
            body.put("url", document.url());
            body.put("title", document.title());
            body.put("published", document.published());
            body.put("ingested_at", document.ingestedAt());
            body.put("superseded_by", document.supersededBy());
            body.put("text", document.text());
            body.put("evidence", store.evidenceIn(id));
            return json.writeValueAsBytes(body);
        });
    }
}
