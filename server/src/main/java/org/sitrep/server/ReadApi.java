package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.store.EventExport;
import org.sitrep.store.Page;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.StoredEvent;

/** The read endpoints: pages of incidents, one incident, the exports, documents, tolls and control observations. */
final class ReadApi {
    private final SitrepStore store;

    ReadApi(SitrepStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/events", this::page);
        app.get("/api/events.geojson", ctx -> export(ctx, EventExport.GEOJSON, "geojson"));
        app.get("/api/events.csv", ctx -> export(ctx, EventExport.ACLED_CSV, "csv"));
        app.get("/api/events/{id}", this::event);
        app.get("/api/documents/{id}", this::document);
        app.get("/api/control", ctx -> ctx.json(Map.of("control", store.controlObservations(QueryParameters.observations(ctx).build()))));
        app.get("/api/tolls", ctx -> ctx.json(Map.of("tolls", store.casualtyReports(QueryParameters.observations(ctx).build()))));
    }

    private void page(Context ctx) {
        Page page = store.eventsWithEvidence(QueryParameters.events(ctx).build());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page.events());
        body.put("next_cursor", page.nextCursor());
        ctx.json(body);
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

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        StoredEvent event = store.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
        Map<String, Object> body = new LinkedHashMap<>(event.record());
        body.put("edits", event.edits());
        body.put("sources", event.sources());
        body.put("audit", event.audit());
        ctx.json(body);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
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
        ctx.json(body);
    }
}
