package org.sitrep.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A one-machine backfill: the job over JSON-lines files, in-process on Flink's MiniCluster, into one JSON-lines file,
 * sitrep's database, or both.
 * It runs in batch mode, where Flink sorts the accounts by key instead of holding them in state and closes each key's
 * window when its input ends: every incident of the corpus is merged, whatever the order of its files.
 */
public final class Backfill {
    private final ExtractorFactory extractorFactory;

    public Backfill(ExtractorFactory extractorFactory) {
        this.extractorFactory = extractorFactory;
    }

    /** What a backfill did: documents coded by each extract task, incidents written, and how long the job ran. */
    public record Result(List<Long> documentsPerTask, long incidents, long millis) {
        public long documents() {
            return documentsPerTask.stream().mapToLong(Long::longValue).sum();
        }

        public double documentsPerSecond() {
            return millis == 0 ? 0 : documents() * 1000.0 / millis;
        }
    }

    /** Codes every document under {@code input} and writes the incidents to {@code output}, replacing it when done. */
    public Result run(Path input, Path output, int parallelism) throws Exception {
        return run(input, output, null, parallelism);
    }

    /**
     * Codes every document under {@code input} and writes the incidents to the file {@code output} (replaced when done),
     * to the database {@code database} ({@code --db}: a SQLite path or a PostgreSQL JDBC URL), or to both; either may
     * be null, not both. A backfill run again over the same documents leaves the database as it was.
     */
    public Result run(Path input, Path output, String database, int parallelism) throws Exception {
        if (output == null && database == null) {
            throw new IllegalArgumentException("a backfill needs an output file or a database");
        }
        Path parts = output == null ? null
                : Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + output.getFileName() + ".parts");
        try {
            List<IncidentOutput> outputs = new ArrayList<>();
            if (parts != null) {
                outputs.add(new IncidentOutput.Files(parts.toString()));
            }
            if (database != null) {
                outputs.add(new IncidentOutput.Store(database));
            }
            Configuration config = new Configuration();
            // Flink's batch scheduler otherwise sizes each stage by its input's bytes (16 MB a task): a corpus of a few
            // megabytes would be extracted by one task, though extraction costs CPU per document, not per byte
            config.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
            new SitrepJob(new DocumentInput.Files(input.toAbsolutePath().toString()),
                    outputs.size() == 1 ? outputs.get(0) : new IncidentOutput.Each(outputs), extractorFactory,
                    SitrepJob.DEFAULT_WINDOW, SitrepJob.DEFAULT_OUT_OF_ORDER).addTo(env);
            JobExecutionResult result = env.execute("sitrep backfill " + input);
            if (parts != null) {
                concatenate(parts, output);
            }
            List<Long> documents = new ArrayList<>();
            for (int task = 0; task < parallelism; task++) {
                documents.add(counted(result, ExtractAccounts.DOCUMENTS + task));
            }
            return new Result(documents, counted(result, MergeWindow.INCIDENTS), result.getNetRuntime());
        } finally {
            if (parts != null) {
                deleteTree(parts);
            }
        }
    }

    private static long counted(JobExecutionResult result, String accumulator) {
        Long count = result.getAccumulatorResult(accumulator);
        return count == null ? 0 : count;
    }

    /** The finished part files, in name order, into one file that replaces {@code output} only once complete. */
    private static void concatenate(Path parts, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parts)) {
            // part files still in progress or pending are hidden; a finished job leaves none
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path partial = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (Path file : files) {
                Files.copy(file, out);
            }
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
