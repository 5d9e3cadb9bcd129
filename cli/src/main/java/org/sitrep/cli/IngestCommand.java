package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreOutcome;
import org.sitrep.temporal.ReferenceTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: reads reports (files, folders, JSON-lines batches), extracts their events and stores them,
 * each event merged into the incident it describes. A document already stored (the same text) is skipped before
 * extraction, so that re-ingesting a corpus is a no-op and an interrupted run resumes where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store reports and their events in the database, merging events that describe the same incident.",
                "Example: sitrep ingest samples/interpreter-2016-09-05-syria-live.txt --published 2016-09-05 --source \"The Interpreter\""})
final class IngestCommand implements Callable<Integer> {
    /** Documents stored per transaction: large enough to amortise the commit, small enough to lose little on a crash. */
    private static final int BATCH = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Text reports, folders of them, or JSON-lines batches (one {\"id\",\"text\",\"published\",\"source\",\"url\"} a line).")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE[THH:MM]",
            description = "Publication time of reports that do not carry one (default: a date written at the head of each report).")
    String published;

    @Option(names = "--source", paramLabel = "NAME", description = "The publisher of reports that do not name one.")
    String source;

    private final List<Extraction> pending = new ArrayList<>();
    private int failed;
    private int stored;
    private int versions;
    private int duplicates;
    private int created;
    private int merged;
    private int tolls;
    private int controls;
    private Progress progress;

    @Override
    public Integer call() {
        LocalDateTime publishedTime = published == null ? null : ReportInput.parsePublished(published, "--published");
        List<Path> files = expand(inputs);
        try (SitrepStore store = database.open()) {
            Extractor extractor = Extractor.createDefault();
            progress = new Progress(err(), files.stream().anyMatch(IngestCommand::isBatch) ? 0 : files.size());
            for (Path file : files) {
                if (isBatch(file)) {
                    failed += DocumentLines.forEach(file, publishedTime, true, source, err(), doc -> take(store, extractor, doc, file.toString()));
                } else {
                    readReport(file, publishedTime).ifPresent(doc -> take(store, extractor, doc, file.toString()));
                }
            }
            flush(store);
            progress.finish();
            summary(store);
        }
        return failed == 0 ? 0 : Sitrep.INPUT_ERROR;
    }

    private java.util.Optional<Document> readReport(Path file, LocalDateTime publishedTime) {
        try {
            ReportText report = ReportText.decode(ReportInput.readFile(file), file.toString());
            if (report.text().isBlank()) {
                problem(file + ": empty, skipped");
                return java.util.Optional.empty();
            }
            LocalDateTime reference = publishedTime != null ? publishedTime : ReferenceTimes.fromText(report.text()).orElseThrow(() ->
                    new InputException(file + " gives no publication date: say when it was published with --published YYYY-MM-DD"));
            return java.util.Optional.of(new Document(ReportInput.documentId(file), source, file.toAbsolutePath().normalize().toUri().toString(),
                    reference, report.text(), List.of()));
        } catch (InputException e) {
            problem(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private void take(SitrepStore store, Extractor extractor, Document document, String origin) {
        if (store.documentWithText(document.text()).isPresent()) {
            duplicates++;
            progress.advance(1, 0);
            return;
        }
        try {
            pending.add(extractor.extract(document));
        } catch (RuntimeException e) {
            problem(origin + ": document " + document.id() + " could not be read (" + e + "); skipped");
            return;
        }
        if (pending.size() >= BATCH) {
            flush(store);
        }
    }

    private void flush(SitrepStore store) {
        if (pending.isEmpty()) {
            return;
        }
        List<StoreOutcome> outcomes = store.storeAll(pending);
        int events = 0;
        for (StoreOutcome outcome : outcomes) {
            switch (outcome.status()) {
                case STORED -> stored++;
                case NEW_VERSION -> versions++;
                case DUPLICATE -> duplicates++;
            }
            created += outcome.eventsCreated();
            merged += outcome.eventsMerged();
            tolls += outcome.casualtyReports();
            controls += outcome.controlObservations();
            events += outcome.events();
        }
        progress.advance(outcomes.size(), events);
        pending.clear();
    }

    private void summary(SitrepStore store) {
        double seconds = progress.seconds();
        err().printf(Locale.ROOT, "sitrep: %d documents stored, %d new versions, %d already stored, %d failed; "
                        + "%d new incidents, %d events merged into known incidents, %d tolls, %d control observations "
                        + "in %.1f s, into %s%n",
                stored, versions, duplicates, failed, created, merged, tolls, controls, seconds, store.database().name());
        err().flush();
    }

    private void problem(String message) {
        failed++;
        err().println("sitrep: " + message);
    }

    /** Folders become their files (sorted, hidden ones skipped); a missing input is reported and the run goes on. */
    private List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    problem(path + ": folder cannot be read (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problem(path + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isBatch(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
