package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sitrep.store.EventExport;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: the stored incidents as ACLED CSV, GeoJSON or JSON lines, filtered. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored incidents: ACLED-compatible CSV, GeoJSON points or JSON lines.",
                "Example: sitrep export --format acled-csv --country Syria --from 2016-09-01 --out syria.csv"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    EventFilters filters;

    @Option(names = "--format", defaultValue = "acled-csv", description = "acled-csv, geojson or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        EventExport export;
        try {
            export = EventExport.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        try (SitrepStore store = database.open()) {
            var query = filters.query().limit(1000).build();
            long count;
            if (out == null) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                count = export.write(store, query, writer);
            } else {
                // a half-written export never replaces a good one
                Path partial = out.resolveSibling(out.getFileName() + ".partial");
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    count = export.write(store, query, writer);
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            spec.commandLine().getErr().println("sitrep: exported " + count + " incidents from " + store.database().name());
        }
        return 0;
    }
}
