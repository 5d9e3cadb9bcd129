package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.ingest.IngestFailure;
import org.sitrep.ingest.IngestSink;
import org.sitrep.ingest.IngestedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreOutcome;
import org.sitrep.temporal.ReferenceTimes;

/**
 * What {@code ingest} and {@code watch} do with each document read: skip a text already stored (before extracting
 * it, so that re-reading a corpus is cheap and an interrupted run resumes), extract its events, and store them in
 * batches; count everything for the progress line and the summary. A failure is one line and the run goes on.
 */
final class DocumentStorer implements IngestSink {
    /** Documents stored per transaction: large enough to amortise the commit, small enough to lose little on a crash. */
    private static final int BATCH = 50;

    private final SitrepStore store;
    private final Extractor extractor;
    private final LocalDateTime defaultPublished;
    private final String defaultSource;
    private final PrintWriter err;
    private final Progress progress;
    private final List<Extraction> pending = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private int failed;
    private int stored;
    private int versions;
    private int duplicates;
    private int created;
    private int merged;
    private int tolls;
    private int controls;

    DocumentStorer(SitrepStore store, Extractor extractor, LocalDateTime defaultPublished, String defaultSource, PrintWriter err,
                   Progress progress) {
        this.store = store;
        this.extractor = extractor;
        this.defaultPublished = defaultPublished;
        this.defaultSource = defaultSource;
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void document(IngestedDocument read) {
        Document d = read.document();
        if (d.text().isBlank()) {
            failure(new IngestFailure(read.input(), "empty, skipped"));
            return;
        }
        if (store.documentWithText(d.text()).isPresent()) {
            duplicates++;
            progress.advance(1, 0);
            return;
        }
        LocalDateTime published = d.published() != null ? d.published()
                : defaultPublished != null ? defaultPublished : ReferenceTimes.fromText(d.text()).orElse(null);
        if (published == null) {
            failure(new IngestFailure(read.input(), "gives no publication date: say when it was published with --published YYYY-MM-DD"));
            return;
        }
        Document document = new Document(d.id(), d.publisher() != null ? d.publisher() : defaultSource, d.url(), published, d.text(), d.posts());
        try {
            pending.add(extractor.extract(document));
            titles.add(read.title());
        } catch (RuntimeException e) {
            failure(new IngestFailure(read.input(), "could not be coded (" + e + "); skipped"));
            return;
        }
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void failure(IngestFailure failure) {
        failed++;
        err.println("sitrep: " + failure.input() + ": " + failure.reason());
        err.flush();
    }

    /** Stores what is pending, in one transaction. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<StoreOutcome> outcomes = store.storeAll(pending, titles);
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
        titles.clear();
    }

    int failed() {
        return failed;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d documents stored, %d new versions, %d already stored, %d failed; "
                        + "%d new incidents, %d events merged into known incidents, %d tolls, %d control observations",
                stored, versions, duplicates, failed, created, merged, tolls, controls);
    }
}
