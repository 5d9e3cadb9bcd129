package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.format.Json;
import org.sitrep.store.NotFoundException;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep show}: one incident with its coding, each source and why it was attached, the edits and the audit log. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one stored incident: its coding, its sources with their evidence and why each was merged, edits and history.",
                "Example: sitrep show SY3"})
final class ShowCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "EVENT", description = "The event id (event_id_cnty).")
    String id;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        try (SitrepStore store = database.open()) {
            StoredEvent event = store.event(id).orElseThrow(() -> new NotFoundException("no event " + id + " in " + store.database().name()));
            PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>(event.record());
                all.put("edits", event.edits());
                all.put("sources", event.sources());
                all.put("audit", event.audit());
                out.println(Json.line(all));
            } else {
                print(event, out);
            }
            out.flush();
        }
        return 0;
    }

    private static void print(StoredEvent event, PrintWriter out) {
        Map<String, Object> r = event.record();
        out.printf("%s  %s  %s / %s  (%s)%n", r.get("event_id_cnty"), r.get("event_date"), r.get("event_type"),
                r.get("sub_event_type"), r.get("status"));
        for (String field : List.of("actor1", "actor2", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "modality", "source", "num_sources", "first_reported", "last_reported")) {
            out.printf("  %-16s %s%s%n", field, r.get(field) == null ? "" : r.get(field), event.edits().containsKey(field) ? "   (edited)" : "");
        }
        out.println("sources:");
        for (StoredEvent.EventSource s : event.sources()) {
            out.printf("  %s %s%s  fatalities %s%n", s.documentId(), s.publisher() == null ? "" : s.publisher(),
                    s.published() == null ? "" : " " + s.published(), s.fatalities() == null ? "-" : s.fatalities());
            out.printf("    attached %s, why: %s%n", s.attachedAt(), s.mergeReason());
            out.printf("    evidence [%s-%s]: %s%n", s.evidenceStart(), s.evidenceEnd(), s.evidence());
        }
        out.println("history:");
        for (StoredEvent.AuditEntry a : event.audit()) {
            out.printf("  %s %s %s%s%s%n", a.at(), a.who(), a.action(),
                    a.field() == null ? "" : " " + a.field() + ": " + a.oldValue() + " -> " + a.newValue(),
                    a.note() == null ? "" : " (" + a.note() + ")");
        }
    }
}
