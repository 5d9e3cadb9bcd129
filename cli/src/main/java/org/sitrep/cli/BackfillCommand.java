package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.flink.Backfill;
import org.sitrep.flink.ExtractorFactory;
import org.sitrep.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep backfill}: the Flink job in-process on a MiniCluster, JSON-lines documents in, merged incidents out to a
 * JSON-lines file, sitrep's database, or both.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Code a corpus on Apache Flink in this process: every document of the JSON-lines files, merged across sources.",
                "The same job runs on a Flink cluster (docs/scale.md).",
                "Example: sitrep backfill --input docs/ --output events.jsonl --parallelism 2",
                "         sitrep backfill --input docs/ --db 'jdbc:postgresql://localhost/sitrep?user=u&password=p'"})
final class BackfillCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "A JSON-lines file or a folder of them, one document a line: {\"id\",\"text\",\"published\",\"source\",\"url\"}.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The incidents, one JSON record a line; replaced only once the backfill is complete.")
    Path output;

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = {"Also, or instead, store the incidents with their documents in this database, for `sitrep serve` "
                    + "and the other commands: a SQLite file (created when missing) or jdbc:postgresql://host/db?user=...&password=...",
                    "Running the backfill again over the same documents changes nothing there."})
    String db;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
            description = "Task slots, each with its own extractor (about 1 GB of memory each). Default: ${DEFAULT-VALUE}.")
    int parallelism;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            throw new InputException(input + ": no such file or folder");
        }
        if (parallelism < 1) {
            throw new InputException("--parallelism must be at least 1");
        }
        if (output == null && db == null) {
            throw new InputException("say where the incidents go: --output FILE, --db DATABASE, or both");
        }
        Backfill.Result result = new Backfill(ExtractorFactory.standard()).run(input, output, db, parallelism);
        String to = output == null ? Database.displayName(db) : db == null ? output.toString() : output + " and " + Database.displayName(db);
        spec.commandLine().getErr().println(String.format(Locale.ROOT, "sitrep: %d documents, %d incidents in %.1f s (%.1f documents/s) to %s",
                result.documents(), result.incidents(), result.millis() / 1000.0, result.documentsPerSecond(), to));
        return 0;
    }
}
