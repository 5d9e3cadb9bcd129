package org.sitrep.flink;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.corpus.Reuters21578;
import org.sitrep.model.Document;

/**
 * The scale figure of docs/scale.md: the backfill over Reuters-21578 and FA-KES at parallelism 1 and 2, in documents
 * per second of job time (extractor loading included, once per task). Not part of the build: minutes of CPU.
 * {@code ./mvnw -o test -pl flink -am -Dtest=ThroughputBench -Dsurefire.failIfNoSpecifiedTests=false -Dsitrep.bench.reuters=1000}
 */
@EnabledIfSystemProperty(named = "sitrep.bench.reuters", matches = "\\d+")
class ThroughputBench {
    @TempDir
    Path dir;

    @Test
    void documentsPerSecondAtParallelismOneAndTwo() throws Exception {
        int reuters = Integer.parseInt(System.getProperty("sitrep.bench.reuters"));
        List<Document> documents = new ArrayList<>(Reuters21578.read(TestDocuments.shared("corpus/reuters21578"), reuters));
        documents.addAll(TestDocuments.faKes(Integer.MAX_VALUE));
        Path input = Files.createDirectories(dir.resolve("in"));
        TestDocuments.write(input.resolve("corpus.jsonl"), documents);
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d documents (%d Reuters-21578, %d FA-KES), %.1f MB of text, %d cores%n",
                documents.size(), documents.size() - TestDocuments.faKes(Integer.MAX_VALUE).size(),
                TestDocuments.faKes(Integer.MAX_VALUE).size(), characters / 1e6, Runtime.getRuntime().availableProcessors());
        double[] rates = new double[3];
        for (int parallelism = 1; parallelism <= 2; parallelism++) {
            // the machine's load and this JVM's collector time around each run: a ratio means little on a busy machine,
            // and collection time says whether the heap, not the cores, set the pace
            // and the CPU this JVM got: documents per CPU-second say whether the parallel job does more work per document,
            // which contention for the cores does not change
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long gcBefore = gcMillis();
            long cpuBefore = cpuNanos();
            Backfill.Result result = new Backfill(ExtractorFactory.standard()).run(input, dir.resolve("out-" + parallelism + ".jsonl"), parallelism);
            double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
            rates[parallelism] = result.documentsPerSecond();
            System.out.printf(Locale.ROOT, "parallelism %d: %d documents (per extract task %s), %d incidents in %.1f s: "
                            + "%.1f documents/s; CPU %.1f s (%.2f cores busy, %.1f documents per CPU-second), GC %.1f s; "
                            + "load average %.1f before, %.1f after%n",
                    parallelism, result.documents(), result.documentsPerTask(), result.incidents(), result.millis() / 1000.0,
                    rates[parallelism], cpuSeconds, cpuSeconds * 1000 / result.millis(), result.documents() / cpuSeconds,
                    (gcMillis() - gcBefore) / 1000.0, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.out.printf(Locale.ROOT, "ratio parallelism 2 / 1: %.2f%n", rates[2] / rates[1]);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
