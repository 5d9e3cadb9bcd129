package org.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.ContentHash;
import org.sitrep.model.Extraction;
import org.sitrep.store.merge.IncidentCombiner;
import org.sitrep.store.merge.IncidentMatcher;

/**
 * sitrep's database, as the commands and the server use it: store what was extracted from documents (merging
 * each event into the incident it describes), read incidents back, and curate them.
 */
public final class SitrepStore implements AutoCloseable {
    private final ContentHash contentHash = new ContentHash();
    private final Database database;
    private final DocumentWriter writer;
    private final EventReader reader;
    private final Curation curation;

    public SitrepStore(Database database, IncidentMatcher matcher, IncidentCombiner combiner) {
        this.database = database;
        Incidents incidents = new Incidents(combiner);
        this.writer = new DocumentWriter(matcher, combiner, incidents);
        this.reader = new EventReader();
        this.curation = new Curation(incidents, combiner);
    }

    /** Opens the database that {@code --db} names, with the standard merge rules. */
    public static SitrepStore open(String spec) {
        return new SitrepStore(Database.open(spec), new IncidentMatcher(), new IncidentCombiner());
    }

    /** As {@link #open(String)}, with at most {@code connections} database connections ({@link Database#open(String, int)}). */
    public static SitrepStore open(String spec, int connections) {
        return new SitrepStore(Database.open(spec, connections), new IncidentMatcher(), new IncidentCombiner());
    }

    public Database database() {
        return database;
    }

    /** The id of the stored document with this text, if any: a caller can skip extracting it again. */
    public Optional<String> documentWithText(String text) {
        String hash = contentHash.of(text);
        return database.read(c -> c.rows("SELECT id FROM documents WHERE content_hash = ?", hash).stream()
                .map(r -> (String) r.get("id")).findFirst());
    }

    /** Stores one document and its extraction in one transaction. */
    public StoreOutcome store(Extraction extraction, String title) {
        return database.write(c -> writer.store(c, extraction, title));
    }

    /** Stores several documents in one transaction (faster for batches): all of them are stored, or none. */
    public List<StoreOutcome> storeAll(List<Extraction> extractions) {
        return storeAll(extractions, java.util.Collections.nCopies(extractions.size(), null));
    }

    /** As {@link #storeAll(List)}, with each document's title (null where it has none). */
    public List<StoreOutcome> storeAll(List<Extraction> extractions, List<String> titles) {
        if (titles.size() != extractions.size()) {
            throw new IllegalArgumentException(extractions.size() + " documents but " + titles.size() + " titles");
        }
        return database.write(c -> {
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < extractions.size(); i++) {
                outcomes.add(writer.store(c, extractions.get(i), titles.get(i)));
            }
            return outcomes;
        });
    }

    /**
     * Stores incidents merged elsewhere (the Flink job) in one transaction, each with its documents and accounts;
     * storing the same incidents again changes nothing (see {@code DocumentWriter.storeMerged}).
     */
    public MergedIncident.Outcome storeMerged(List<MergedIncident> incidents) {
        return database.write(c -> {
            int[] counts = new int[DocumentWriter.Written.values().length];
            Instant now = Instant.now();
            for (MergedIncident incident : incidents) {
                counts[writer.storeMerged(c, incident, now).ordinal()]++;
            }
            return new MergedIncident.Outcome(counts[DocumentWriter.Written.CREATED.ordinal()],
                    counts[DocumentWriter.Written.UPDATED.ordinal()], counts[DocumentWriter.Written.UNCHANGED.ordinal()]);
        });
    }

    public Page events(EventQuery query) {
        return database.read(c -> reader.page(c, query));
    }

    /** A page whose records also carry their {@code document_ids} and {@code evidence}. */
    public Page eventsWithEvidence(EventQuery query) {
        return database.read(c -> {
            Page page = reader.page(c, query);
            return new Page(reader.withEvidence(c, page.events()), page.nextCursor());
        });
    }

    /**
     * Writes a page of incidents with their evidence as JSON, {@code {"events": [...], "next_cursor": ...}}: the
     * same as {@link #eventsWithEvidence} serialised, streamed from the database without building the records.
     */
    public void writeEventsPage(EventQuery query, JsonGenerator out) {
        database.read(c -> {
            try {
                reader.writePage(c, query, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    public long count(EventQuery query) {
        return database.read(c -> reader.count(c, query));
    }

    /** Every incident the query selects, page after page, without holding them all in memory. */
    public void forEachEvent(EventQuery query, boolean withEvidence, Consumer<Map<String, Object>> sink) {
        EventQuery page = query;
        while (true) {
            Page result = withEvidence ? eventsWithEvidence(page) : events(page);
            result.events().forEach(sink);
            if (result.nextCursor() == null) {
                return;
            }
            page = new EventQuery(query.south(), query.west(), query.north(), query.east(), query.from(), query.to(),
                    query.country(), query.admin1(), query.eventType(), query.subEventType(), query.actor(), query.source(),
                    query.text(), query.minFatalities(), query.modality(), query.status(), query.includeRejected(),
                    result.nextCursor(), query.limit());
        }
    }

    /**
     * A number that grows with every write (a document, an incident, an analyst's action): polling it is cheap, so a
     * live view asks it often and reads {@link #eventsChangedSince} only when it moved.
     */
    public long changeMark() {
        return database.read(c -> reader.changeMark(c));
    }

    /**
     * How many writes this process has committed through this store: it moves as soon as one commits, with no query,
     * so that what was computed from the database can be known out of date. Writes by other processes are seen by
     * {@link #changeMark()}.
     */
    public long writesCommitted() {
        return database.writesCommitted();
    }

    /**
     * Incidents created or changed at or after {@code since} (Unix seconds, the {@code timestamp} column), oldest change
     * first, rejected ones left out: what another process stored while a live view was watching.
     */
    public List<Map<String, Object>> eventsChangedSince(long since, int limit) {
        return database.read(c -> reader.changedSince(c, since, limit));
    }

    public Optional<StoredEvent> event(String id) {
        return database.read(c -> reader.event(c, id));
    }

    public Optional<StoredDocument> document(String id) {
        return database.read(c -> reader.document(c, id));
    }

    /**
     * Where the incidents of a document were read in it: {@code event_id_cnty}, {@code extracted_id}, {@code sentence},
     * {@code start} and {@code end} (offsets into the document's text), in the order of the text.
     */
    public List<Map<String, Object>> evidenceIn(String documentId) {
        return database.read(c -> reader.evidenceIn(c, documentId));
    }

    public List<Map<String, Object>> casualtyReports(EventQuery query) {
        return database.read(c -> reader.tolls(c, query));
    }

    public List<Map<String, Object>> controlObservations(EventQuery query) {
        return database.read(c -> reader.control(c, query));
    }

    public void verify(String id, String who, String note) {
        database.write(c -> {
            curation.setStatus(c, id, "verified", who, note);
            return null;
        });
    }

    public void reject(String id, String who, String note) {
        database.write(c -> {
            curation.setStatus(c, id, "rejected", who, note);
            return null;
        });
    }

    public void edit(String id, String field, String value, String who, String note) {
        database.write(c -> {
            curation.edit(c, id, field, value, who, note);
            return null;
        });
    }

    /** Splits one document's account off the incident into a new incident; returns the new incident's id. */
    public String split(String id, String documentId, String who, String note) {
        return database.write(c -> curation.split(c, id, documentId, who, note));
    }

    @Override
    public void close() {
        database.close();
    }
}
