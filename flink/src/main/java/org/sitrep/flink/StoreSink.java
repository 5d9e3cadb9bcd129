package org.sitrep.flink;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.MergedIncident;
import org.sitrep.store.ModelJson;
import org.sitrep.store.SitrepStore;

/**
 * The incidents into sitrep's own database (SQLite or PostgreSQL, the store's schema), so that {@code sitrep serve}
 * shows them: each with its documents and accounts, written by the store's code ({@link SitrepStore#storeMerged}).
 *
 * <p>Each writer buffers incidents and writes them in one transaction when {@value #BATCH} are waiting, at every
 * checkpoint (Flink flushes sink writers before the barrier) and at the end of the input. That is at least once:
 * after a restart from a checkpoint, incidents written since it come again. The store writes them idempotently (a
 * document is its text, an account its document and event id, an incident the one its founding account is attached
 * to; an incident already stored as it is is not touched), so the database holds each incident once: exactly-once
 * results without two-phase commit.
 *
 * <p>Why not flink-connector-jdbc's {@code JdbcSink}: it binds one statement per record, while storing an incident
 * is several statements that read before they write (the document's id by its text, where each account is attached,
 * the incident's row recombined from all its sources with the analyst's status and edits kept). Written again in a
 * statement builder, those would be a second implementation of the store's writes to keep in step; its exactly-once
 * mode needs XA transactions, which SQLite lacks and PostgreSQL has off by default ({@code max_prepared_transactions}).
 */
final class StoreSink implements Sink<IncidentRecord> {
    /** Incidents per transaction between checkpoints: bounds the writer's memory, and batches cost one commit. */
    static final int BATCH = 200;
    private final String database;

    /** @param database what {@code --db} takes: a SQLite path or {@code jdbc:postgresql://...} */
    StoreSink(String database) {
        this.database = database;
    }

    @Override
    public SinkWriter<IncidentRecord> createWriter(WriterInitContext context) {
        // a writer uses one connection at a time; the second leaves room for the schema check (Flyway) when it opens
        return new Writer(SitrepStore.open(database, 2), context.metricGroup().counter("incidentsCreated"),
                context.metricGroup().counter("incidentsUpdated"), context.metricGroup().counter("incidentsUnchanged"));
    }

    /** An incident of the job as the store takes it: each account with its document and the event it coded. */
    static MergedIncident merged(IncidentRecord incident) {
        List<MergedIncident.Source> sources = new ArrayList<>();
        for (IncidentRecord.Source source : incident.sources()) {
            Account a = source.account();
            LocalDateTime published = LocalDateTime.ofInstant(Instant.ofEpochMilli(a.publishedMillis()), ZoneOffset.UTC);
            sources.add(new MergedIncident.Source(new Document(a.documentId(), a.publisher(), a.url(), published, a.text(), List.of()),
                    ModelJson.read(a.eventJson(), Event.class), source.mergeReason()));
        }
        return new MergedIncident(sources);
    }

    private static final class Writer implements SinkWriter<IncidentRecord> {
        private final SitrepStore store;
        private final Counter created;
        private final Counter updated;
        private final Counter unchanged;
        private final List<MergedIncident> pending = new ArrayList<>();

        Writer(SitrepStore store, Counter created, Counter updated, Counter unchanged) {
            this.store = store;
            this.created = created;
            this.updated = updated;
            this.unchanged = unchanged;
        }

        @Override
        public void write(IncidentRecord incident, Context context) {
            pending.add(merged(incident));
            if (pending.size() >= BATCH) {
                flush(false);
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            if (pending.isEmpty()) {
                return;
            }
            MergedIncident.Outcome outcome = store.storeMerged(pending);
            created.inc(outcome.created());
            updated.inc(outcome.updated());
            unchanged.inc(outcome.unchanged());
            pending.clear();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
