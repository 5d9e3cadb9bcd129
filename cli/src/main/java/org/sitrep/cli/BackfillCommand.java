package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.flink.Backfill;
import org.sitrep.flink.ExtractorFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep backfill}: the Flink job in-process on a MiniCluster, JSON-lines documents in, merged incidents out. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Code a corpus on Apache Flink in this process: every document of the JSON-lines files, merged across sources.",
                "The same job runs on a Flink cluster (docs/scale.md).",
                "Example: sitrep backfill --input docs/ --output events.jsonl --parallelism 2"})
final class BackfillCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "A JSON-lines file or a folder of them, one document a line: {\"id\",\"text\",\"published\",\"source\",\"url\"}.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The incidents, one JSON record a line; replaced only once the backfill is complete.")
    Path output;

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
        Backfill.Result result = new Backfill(ExtractorFactory.standard()).run(input, output, parallelism);
        spec.commandLine().getErr().println(String.format(Locale.ROOT, "sitrep: %d documents, %d incidents in %.1f s (%.1f documents/s) to %s",
                result.documents(), result.incidents(), result.millis() / 1000.0, result.documentsPerSecond(), output));
        return 0;
    }
}
