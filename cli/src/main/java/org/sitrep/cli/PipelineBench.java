package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.cli.bench.BenchCorpus;
import org.sitrep.cli.bench.MemoryProbe;
import org.sitrep.cli.bench.PlaceRecognition;
import org.sitrep.cli.bench.Rate;
import org.sitrep.cli.bench.StageSplit;
import org.sitrep.format.Json;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreOutcome;
import org.sitrep.temporal.ReferenceTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench pipeline}: the cost of turning reports into stored events. In one process, in this order:
 * the cold start (JVM start to the seed's first event, as {@code sitrep extract} gets there), then end to end over a
 * corpus (read → extract → store into SQLite, in batches as {@code ingest} stores), then on a sample of it the
 * {@code extract} and {@code annotate} command paths side by side and the extractor's time split by stage, and last
 * the gazetteer's figures (its load during the cold start, the heap it keeps, place recognition in MB/s). Tokens
 * are counted by whitespace; MB are the UTF-8 bytes of the texts. Figures are printed, never asserted.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Throughput (articles/s, tokens/s, MB/s) of read -> extract -> store into SQLite, per stage; peak heap and RSS;",
                "cold start to the seed's first event; extract and annotate side by side;",
                "gazetteer load time and heap, place recognition MB/s.",
                "Example: sitrep bench pipeline --input ../shared/corpus/reuters21578 --limit 1000 --json"})
final class PipelineBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE|DIR", required = true,
            description = "The corpus: the Reuters-21578 folder, the FA-KES CSV, a folder of live-blog JSON, or one text report.")
    Path input;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Documents to run; a corpus with fewer is cycled (each copy with its own id and text). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "../shared/corpus/seed/interpreter-2016-09-05-syria-live.txt",
            description = "The report whose first event ends the cold start. Default: ${DEFAULT-VALUE}.")
    Path seed;

    @Option(names = "--db", paramLabel = "PATH", description = "The SQLite file to store into (default: a temporary file, deleted after).")
    Path db;

    @Option(names = "--batch", defaultValue = "50", description = "Documents per transaction, as ingest does. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "500",
            description = "Documents for the extract/annotate comparison and the stage split (0: skip them). Default: ${DEFAULT-VALUE}.")
    int sample;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || batch < 1 || sample < 0) {
            throw new InputException("--limit and --batch must be 1 or more, --sample 0 or more");
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        MemoryProbe memory = new MemoryProbe();
        // As Extractor.createDefault() loads it (on a thread of its own, while the other models load), timed.
        // On a shared machine wall time says how busy it was as much as what the work cost: CPU time is printed too.
        AtomicLong gazetteerLoadNanos = new AtomicLong();
        AtomicLong gazetteerLoadCpuNanos = new AtomicLong();
        CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Gazetteer loaded = Gazetteer.loadDefault();
            gazetteerLoadCpuNanos.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
            gazetteerLoadNanos.set(System.nanoTime() - t);
            return loaded;
        }, task -> Thread.ofPlatform().name("gazetteer-load").daemon().start(task));
        Extractor extractor = Extractor.createDefault(loading);
        Long coldStartMs = coldStart(extractor, jvmStart);
        Double coldStartCpuMs = coldStartMs == null ? null : MemoryProbe.processCpuSeconds() * 1000;
        Gazetteer gazetteer = loading.join();
        System.gc();
        double heapAfterStartMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;

        long t = System.nanoTime();
        BenchCorpus corpus = read();
        long readNanos = System.nanoTime() - t;
        List<Document> dated = corpus.documents().stream().filter(d -> d.published() != null).toList();
        long tokens = dated.stream().mapToLong(BenchCorpus::tokens).sum();
        long bytes = dated.stream().mapToLong(BenchCorpus::bytes).sum();

        Path database = db != null ? db : Files.createTempFile("sitrep-bench", ".db");
        EndToEnd run;
        try {
            run = endToEnd(extractor, dated, database, memory);
        } finally {
            if (db == null) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(database + suffix));
                }
            }
        }
        Rate read = new Rate("read", dated.size(), tokens, bytes, readNanos);
        Rate extract = new Rate("extract", dated.size(), tokens, bytes, run.extractNanos());
        Rate store = new Rate("store", dated.size(), tokens, bytes, run.storeNanos());
        Rate total = new Rate("end to end", dated.size(), tokens, bytes, readNanos + run.extractNanos() + run.storeNanos());

        List<Document> sampled = dated.subList(0, Math.min(sample, dated.size()));
        List<Rate> rates = new ArrayList<>(List.of(total, read, extract, store));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles_per_s", Rate.round(total.documentsPerSecond()));
        figures.put("tokens_per_s", Rate.round(total.tokensPerSecond()));
        figures.put("mb_per_s", Rate.round(total.megabytesPerSecond()));
        figures.put("cold_start_ms", coldStartMs);
        figures.put("cold_start_cpu_ms", coldStartCpuMs == null ? null : Rate.round(coldStartCpuMs));
        figures.put("gazetteer_load_ms", Rate.round(gazetteerLoadNanos.get() / 1e6));
        figures.put("gazetteer_load_cpu_ms", Rate.round(gazetteerLoadCpuNanos.get() / 1e6));
        figures.put("heap_after_start_mb", Rate.round(heapAfterStartMb));
        figures.put("input", input.toString());
        figures.put("documents", dated.size());
        figures.put("undated_skipped", corpus.documents().size() - dated.size());
        figures.put("distinct_documents", corpus.distinct());
        figures.put("corpus_repeats", corpus.repeats());
        figures.put("tokens_whitespace", tokens);
        figures.put("input_mb", Rate.round(bytes / 1048576.0));
        figures.put("events_stored", run.events());
        figures.put("batch", batch);
        figures.putAll(total.figures(""));
        figures.putAll(read.figures("read_"));
        figures.putAll(extract.figures("extract_"));
        figures.putAll(store.figures("store_"));
        if (!sampled.isEmpty()) {
            Rate extractCommand = extractCommandPath(extractor, sampled);
            Rate annotateCommand = annotateCommandPath(extractor, sampled);
            StageSplit.Split split = StageSplit.standard(extractor, gazetteer).run(sampled);
            figures.put("sample", sampled.size());
            figures.put("extract_command_articles_per_s", Rate.round(extractCommand.documentsPerSecond()));
            figures.put("annotate_command_articles_per_s", Rate.round(annotateCommand.documentsPerSecond()));
            figures.put("segmenter_tokens", split.segmenterTokens());
            Map<String, Object> stages = new LinkedHashMap<>();
            split.stages().forEach(s -> stages.put(s.name(), Rate.round(s.seconds() * 1000 / s.documents())));
            figures.put("stage_ms_per_article", stages);
            rates.add(extractCommand);
            rates.add(annotateCommand);
            rates.addAll(split.stages());
        }
        figures.put("peak_heap_mb", Rate.round(memory.peakHeapMb()));
        // Last: it loads a second gazetteer, which would count in the peak heap.
        PlaceRecognition places = PlaceRecognition.measure(dated.stream().map(Document::text).toList());
        figures.put("gazetteer_heap_mb", Rate.round(places.heapMb()));
        figures.put("gazetteer_second_load_ms", Rate.round(places.loadMs()));
        figures.put("recognition_mb_per_s", measured(places.mbPerSecond()));
        figures.put("recognition_mb_per_cpu_s", measured(places.mbPerCpuSecond()));
        figures.put("recognition_cold_mb_per_cpu_s", measured(places.coldMbPerCpuSecond()));
        figures.put("recognition_toponyms", places.toponyms());
        figures.put("max_heap_mb", Rate.round(MemoryProbe.maxHeapMb()));
        figures.put("gc_seconds", Rate.round(MemoryProbe.gcSeconds()));
        Double rss = MemoryProbe.peakRssMb();
        figures.put("peak_rss_mb", rss == null ? null : Rate.round(rss));
        figures.put("load_average", Rate.round(MemoryProbe.loadAverage()));
        figures.put("cpus", Runtime.getRuntime().availableProcessors());
        figures.put("java", Runtime.version().toString());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.line(figures));
        } else {
            printTable(out, rates, figures);
        }
        out.flush();
        return 0;
    }

    private record EndToEnd(long extractNanos, long storeNanos, long events) {
    }

    /** A rate rounded for printing; null where there was nothing to measure (a corpus of one text has no first half). */
    private static Double measured(double rate) {
        return Double.isFinite(rate) ? Rate.round(rate) : null;
    }

    /** Milliseconds from JVM start to the seed's events (null without a seed, or when it yields none). */
    private Long coldStart(Extractor extractor, long jvmStart) throws IOException {
        if (!Files.isRegularFile(seed)) {
            return null;
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Document document = new Document("seed", null, null, ReferenceTimes.fromText(text).orElse(null), text, List.of());
        if (document.published() == null || extractor.extract(document).events().isEmpty()) {
            return null;
        }
        return System.currentTimeMillis() - jvmStart;
    }

    private BenchCorpus read() {
        try {
            return BenchCorpus.read(input, limit);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(input + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** What ingest does with each document: skip a text already stored, extract, store in batches. */
    private EndToEnd endToEnd(Extractor extractor, List<Document> documents, Path database, MemoryProbe memory) {
        long extractNanos = 0;
        long storeNanos = 0;
        long events = 0;
        List<Extraction> pending = new ArrayList<>();
        try (SitrepStore store = SitrepStore.open(database.toString())) {
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i);
                long t0 = System.nanoTime();
                boolean known = store.documentWithText(document.text()).isPresent();
                long t1 = System.nanoTime();
                storeNanos += t1 - t0;
                if (!known) {
                    pending.add(extractor.extract(document));
                    extractNanos += System.nanoTime() - t1;
                }
                memory.sample();
                if (pending.size() >= batch || (i == documents.size() - 1 && !pending.isEmpty())) {
                    long t2 = System.nanoTime();
                    events += store.storeAll(pending).stream().mapToLong(StoreOutcome::events).sum();
                    storeNanos += System.nanoTime() - t2;
                    pending.clear();
                }
            }
        }
        return new EndToEnd(extractNanos, storeNanos, events);
    }

    /** {@code sitrep extract --input --format jsonl} without the file: extract and write the records. */
    private static Rate extractCommandPath(Extractor extractor, List<Document> documents) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        long t = System.nanoTime();
        boolean first = true;
        for (Document document : documents) {
            OutputFormat.JSONL.write(extractor.extract(document), sink, first);
            first = false;
        }
        return rate("extract command path", documents, System.nanoTime() - t);
    }

    /** {@code sitrep annotate --input} without the file: analyze and write the annotations. */
    private static Rate annotateCommandPath(Extractor extractor, List<Document> documents) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        long t = System.nanoTime();
        for (Document document : documents) {
            sink.println(OutputFormat.json(Annotations.of(extractor.analyze(document))));
        }
        return rate("annotate command path", documents, System.nanoTime() - t);
    }

    private static Rate rate(String name, List<Document> documents, long nanos) {
        return new Rate(name, documents.size(), documents.stream().mapToLong(BenchCorpus::tokens).sum(),
                documents.stream().mapToLong(BenchCorpus::bytes).sum(), nanos);
    }

    private static void printTable(PrintWriter out, List<Rate> rates, Map<String, Object> figures) {
        out.printf(Locale.ROOT, "%-44s %9s %8s %10s %11s %8s%n", "stage (articles)", "seconds", "ms/art.", "articles/s", "tokens/s", "MB/s");
        for (Rate r : rates) {
            String name = r.name() + " (" + r.documents() + ")";
            if (r.nanos() == 0) {
                out.printf(Locale.ROOT, "%-44s %9s   too small to tell from noise%n", name, "0");
            } else {
                out.printf(Locale.ROOT, "%-44s %9.2f %8.2f %10.1f %11.0f %8.3f%n", name, r.seconds(), r.seconds() * 1000 / r.documents(),
                        r.documentsPerSecond(), r.tokensPerSecond(), r.megabytesPerSecond());
            }
        }
        out.println();
        figures.forEach((k, v) -> {
            if (!(v instanceof Map) && !k.matches("(read|extract|store)_.*|seconds|articles_per_s|tokens_per_s|mb_per_s")) {
                out.printf(Locale.ROOT, "%-32s %s%n", k, v);
            }
        });
    }
}
