package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/** The table format: aligned columns a person reads in a terminal, evidence cut to fit. */
final class Table {
    private static final int EVIDENCE_WIDTH = 70;

    private Table() {
    }

    static void write(Extraction extraction, PrintWriter out) {
        out.println("Document " + extraction.document().id() + ": " + extraction.events().size() + " events, "
                + extraction.casualtyReports().size() + " casualty reports, " + extraction.controlObservations().size() + " control observations");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DATE", "TYPE / SUB-TYPE", "ACTOR 1", "LOCATION", "FAT", "MODALITY", "EVIDENCE"});
        for (Event e : extraction.events()) {
            rows.add(new String[] {e.eventDate().iso(), e.eventType() + " / " + e.subEventType(), e.actor1().name(),
                    e.location().location() + (e.location().country() == null ? "" : ", " + e.location().country()),
                    e.fatalities() == null ? "" : e.fatalities().toString(), e.modality().label(), cut(e.evidence().get(0).sentence())});
        }
        print(rows, out);
        if (!extraction.casualtyReports().isEmpty()) {
            out.println();
            List<String[]> tolls = new ArrayList<>();
            tolls.add(new String[] {"CASUALTY REPORT", "AREA", "KILLED", "INJURED", "ATTRIBUTED TO", "EVIDENCE"});
            for (CasualtyReport t : extraction.casualtyReports()) {
                tolls.add(new String[] {t.period().iso(), t.area() == null ? "" : t.area(), t.killed() == null ? "" : t.killed().toString(),
                        t.injured() == null ? "" : t.injured().toString(), t.attributedTo() == null ? "" : t.attributedTo(), cut(t.evidence().sentence())});
            }
            print(tolls, out);
        }
        if (!extraction.controlObservations().isEmpty()) {
            out.println();
            List<String[]> controls = new ArrayList<>();
            controls.add(new String[] {"CONTROL AS OF", "PLACE", "HOLDER", "PREVIOUS HOLDER", "EVIDENCE"});
            for (ControlObservation c : extraction.controlObservations()) {
                controls.add(new String[] {c.asOf().iso(), c.place(), c.holder().name(),
                        c.previousHolder() == null ? "" : c.previousHolder().name(), cut(c.evidence().sentence())});
            }
            print(controls, out);
        }
        out.println();
    }

    private static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EVIDENCE_WIDTH ? flat : flat.substring(0, EVIDENCE_WIDTH - 1) + "…";
    }

    private static void print(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
