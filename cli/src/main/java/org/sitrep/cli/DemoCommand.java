package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: the sample reports bundled in the repository ingested into a demo database (those already
 * stored are skipped, so a second start is quick), then served. Ingesting is {@code sitrep ingest}'s work, run as
 * that command, so that the demo stores exactly what a user's ingest would.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the bundled sample reports into a demo database and serve the web map at http://127.0.0.1:8080/.",
                "Example: sitrep demo --port 8081"})
final class DemoCommand implements Callable<Integer> {
    /** The report that started the project: a live-update post whose head gives no publisher, so the demo names it. */
    static final String SEED = "interpreter-2016-09-05-syria-live.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", defaultValue = "./data/demo.db",
            description = "The demo database (created when missing). Default: ${DEFAULT-VALUE}.")
    String db;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The folder of sample reports. Default: samples/ of the sitrep checkout (the launcher says where), else ./samples.")
    Path samples;

    @Mixin
    ServeCommand.Listen listen;

    @Override
    public Integer call() {
        Path folder = samples != null ? samples : defaultSamples();
        Path seed = folder.resolve(SEED);
        if (!Files.isRegularFile(seed)) {
            throw new InputException("no sample reports in " + folder + ": give the folder with --samples");
        }
        int status = ingest(List.of("--published", "2016-09-05", "--source", "The Interpreter", seed.toString()));
        List<String> batches = batches(folder);
        if (status == 0 && !batches.isEmpty()) {
            status = ingest(batches);
        }
        if (status != 0) {
            return status;
        }
        try (SitrepStore store = SitrepStore.open(db)) {
            listen.serve(store, spec.commandLine().getErr());
        }
        return 0;
    }

    private int ingest(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("ingest", "--db", db));
        command.addAll(arguments);
        return Sitrep.commandLine().execute(command.toArray(String[]::new));
    }

    /** The JSON-lines batches of sample reports, each line with its own date, publisher and URL. */
    private static List<String> batches(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().map(Path::toString).toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static Path defaultSamples() {
        String home = System.getenv("SITREP_HOME");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }
}
