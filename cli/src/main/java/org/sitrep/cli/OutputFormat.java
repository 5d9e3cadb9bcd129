package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.format.Csv;
import org.sitrep.format.Json;
import org.sitrep.format.Records;
import org.sitrep.model.Extraction;

/** How extract prints what it found: a table for people, JSON lines or ACLED-layout CSV for programs. */
enum OutputFormat {
    TABLE, JSONL, CSV;

    /** Writes one document's records; {@code first} tells whether a header (CSV) is due. */
    void write(Extraction extraction, PrintWriter out, boolean first) {
        switch (this) {
            case JSONL -> Records.of(extraction).forEach(r -> out.println(json(r)));
            case CSV -> writeCsv(extraction, out, first);
            case TABLE -> Table.write(extraction, out);
        }
    }

    static String json(Object value) {
        return Json.line(value);
    }

    private static void writeCsv(Extraction extraction, PrintWriter out, boolean first) {
        List<String> columns = Records.EVENT_COLUMNS.stream().filter(c -> !c.equals("record")).toList();
        if (first) {
            out.println(String.join(",", columns));
        }
        for (var event : extraction.events()) {
            Map<String, Object> r = Records.event(event);
            List<Object> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(column.equals("evidence") ? evidenceSpans(event.evidence()) : r.get(column));
            }
            out.println(Csv.row(cells));
        }
    }

    private static String evidenceSpans(List<org.sitrep.model.Evidence> evidence) {
        return String.join("; ", evidence.stream().map(e -> e.start() + "-" + e.end()).toList());
    }
}
