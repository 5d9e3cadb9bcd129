package org.sitrep.flink;

import java.time.ZoneOffset;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.ModelJson;

/**
 * The sitrep pipeline as a stateless operator: a document line in, one {@link Account} per coded event out. Lines
 * that are not documents and documents the pipeline fails on are counted (metrics {@code unreadableDocuments},
 * {@code failedDocuments}) and skipped, so that one bad article does not stop a ten-year backfill.
 */
final class ExtractAccounts extends RichFlatMapFunction<String, Account> {
    /**
     * The accumulators of documents coded, one per task ({@code sitrep.documents.0}, ...), which the job's result
     * reports (metrics do not outlive a local job): how evenly the documents were spread says whether the tasks shared
     * the work.
     */
    static final String DOCUMENTS = "sitrep.documents.";
    private final ExtractorFactory extractorFactory;
    private final boolean withText;
    private transient Extractor extractor;
    private transient DocumentLines documentLines;
    private transient LongCounter documents;
    private transient Counter unreadable;
    private transient Counter failed;

    /** @param withText whether each account carries its document's text ({@link IncidentOutput#needsDocuments}) */
    ExtractAccounts(ExtractorFactory extractorFactory, boolean withText) {
        this.extractorFactory = extractorFactory;
        this.withText = withText;
    }

    @Override
    public void open(OpenContext context) {
        extractor = extractorFactory.create();
        documentLines = new DocumentLines();
        documents = new LongCounter();
        getRuntimeContext().addAccumulator(DOCUMENTS + getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(), documents);
        unreadable = getRuntimeContext().getMetricGroup().counter("unreadableDocuments");
        failed = getRuntimeContext().getMetricGroup().counter("failedDocuments");
    }

    @Override
    public void flatMap(String line, Collector<Account> out) {
        Document document = documentLines.read(line).orElse(null);
        if (document == null) {
            unreadable.inc();
            return;
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(document);
        } catch (RuntimeException e) {
            failed.inc();
            return;
        }
        documents.add(1);
        long published = document.published().toInstant(ZoneOffset.UTC).toEpochMilli();
        for (Event event : extraction.events()) {
            out.collect(new Account(MergeKey.of(event), document.id(), document.publisher(), document.url(), published,
                    withText ? document.text() : null, ModelJson.write(event)));
        }
    }
}
