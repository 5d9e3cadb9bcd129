package org.sitrep.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A one-machine backfill: the job over JSON-lines files, in-process on Flink's MiniCluster, into one JSON-lines file.
 * It runs in batch mode, where Flink sorts the accounts by key instead of holding them in state and closes each key's
 * window when its input ends: every incident of the corpus is merged, whatever the order of its files.
 */
public final class Backfill {
    private final ExtractorFactory extractorFactory;

    public Backfill(ExtractorFactory extractorFactory) {
        this.extractorFactory = extractorFactory;
    }

    /** What a backfill did: documents read and incidents written, and how long the job ran. */
    public record Result(long documents, long incidents, long millis) {
        public double documentsPerSecond() {
            return millis == 0 ? 0 : documents * 1000.0 / millis;
        }
    }

    /** Codes every document under {@code input} and writes the incidents to {@code output}, replacing it when done. */
    public Result run(Path input, Path output, int parallelism) throws Exception {
        Path parts = Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + output.getFileName() + ".parts");
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
            new SitrepJob(new DocumentInput.Files(input.toAbsolutePath().toString()),
                    new IncidentOutput.Files(parts.toString()), extractorFactory,
                    SitrepJob.DEFAULT_WINDOW, SitrepJob.DEFAULT_OUT_OF_ORDER).addTo(env);
            JobExecutionResult result = env.execute("sitrep backfill " + input);
            long incidents = concatenate(parts, output);
            Long documents = result.getAccumulatorResult(ExtractAccounts.DOCUMENTS);
            return new Result(documents == null ? 0 : documents, incidents, result.getNetRuntime());
        } finally {
            deleteTree(parts);
        }
    }

    /** The finished part files, in name order, into one file that replaces {@code output} only once complete. */
    private static long concatenate(Path parts, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parts)) {
            // part files still in progress or pending are hidden; a finished job leaves none
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Path partial = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName(), ".partial");
        long lines = 0;
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                out.write(bytes);
                for (byte b : bytes) {
                    lines += b == '\n' ? 1 : 0;
                }
            }
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return lines;
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
