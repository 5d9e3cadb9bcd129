package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Extraction;

/** How extract prints what it found: a table for people, JSON lines or ACLED-layout CSV for programs. */
enum OutputFormat {
    TABLE, JSONL, CSV;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes one document's records; {@code first} tells whether a header (CSV) is due. */
    void write(Extraction extraction, PrintWriter out, boolean first) {
        switch (this) {
            case JSONL -> Records.of(extraction).forEach(r -> out.println(json(r)));
            case CSV -> writeCsv(extraction, out, first);
            case TABLE -> Table.write(extraction, out);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a record", e);
        }
    }

    private static void writeCsv(Extraction extraction, PrintWriter out, boolean first) {
        List<String> columns = Records.EVENT_COLUMNS.stream().filter(c -> !c.equals("record")).toList();
        if (first) {
            out.println(String.join(",", columns));
        }
        for (var event : extraction.events()) {
            Map<String, Object> r = Records.event(event);
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(csvCell(column.equals("evidence") ? evidenceSpans(event.evidence()) : r.get(column)));
            }
            out.println(String.join(",", cells));
        }
    }

    private static String evidenceSpans(List<org.sitrep.model.Evidence> evidence) {
        return String.join("; ", evidence.stream().map(e -> e.start() + "-" + e.end()).toList());
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> c ? String.join("; ", c.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
