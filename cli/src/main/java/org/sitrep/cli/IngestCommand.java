package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingestion;
import org.sitrep.ingest.fetch.FetchOptions;
import org.sitrep.ingest.fetch.HttpFetcher;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: reads reports (files, folders, web pages, feeds, JSON-lines batches), extracts their events
 * and stores them, each event merged into the incident it describes. A text already stored is skipped before
 * extraction, so that re-ingesting a corpus is a no-op and an interrupted run resumes where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store reports and their events in the database, merging events that describe the same incident.",
                "Inputs: text, HTML pages, live blogs, RSS/Atom feeds, JSON lines of documents; files, folders or http(s) addresses.",
                "Example: sitrep ingest samples/interpreter-2016-09-05-syria-live.txt --published 2016-09-05 --source \"The Interpreter\""})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL",
            description = "Reports: files, folders (walked) or http(s) addresses; the kind is read from the content.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "DATE[THH:MM]",
            description = "Publication time of reports that do not carry one (default: a date written at the head of each report).")
    String published;

    @Option(names = "--source", paramLabel = "NAME", description = "The publisher of reports that do not name one.")
    String source;

    @Option(names = "--no-follow", description = "Take each feed item's description as its text instead of fetching its article (offline use).")
    boolean noFollow;

    /**
     * How many documents the inputs hold, for the progress line's ETA: a file each, a line each in JSON lines, a web
     * address one (a feed or a live blog gives more, so the estimate is a floor). Counting is cheap beside extraction.
     */
    static long expectedDocuments(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path path = input.matches("(?i)https?://.*") ? null : Path.of(input);
            if (path == null || !Files.exists(path)) {
                total++;
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    total += file.getFileName().toString().matches("(?i).*\\.(jsonl|ndjson)") ? nonBlankLines(file) : 1;
                }
            } catch (IOException | UncheckedIOException e) {
                total++;
            }
        }
        return total;
    }

    private static long nonBlankLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (UncheckedIOException notUtf8) {
            return 1;
        }
    }

    @Override
    public Integer call() {
        LocalDateTime publishedTime = published == null ? null : ReportInput.parsePublished(published, "--published");
        PrintWriter err = spec.commandLine().getErr();
        IngestOptions defaults = IngestOptions.defaults();
        Ingestion ingestion = new Ingestion(new HttpFetcher(FetchOptions.defaults()), new IngestOptions(defaults.maxBytes(), !noFollow));
        try (SitrepStore store = database.open()) {
            Progress progress = new Progress(err, expectedDocuments(inputs));
            DocumentStorer storer = new DocumentStorer(store, Extractor.createDefault(), publishedTime, source, err, progress);
            for (String input : inputs) {
                ingestion.read(input, storer);
            }
            storer.flush();
            progress.finish();
            err.printf(java.util.Locale.ROOT, "sitrep: %s in %.1f s, into %s%n", storer.summary(), progress.seconds(), store.database().name());
            err.flush();
            return storer.failed() == 0 ? 0 : Sitrep.INPUT_ERROR;
        }
    }
}
