package org.sitrep.flink;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.format.Json;
import org.sitrep.format.Records;
import org.sitrep.model.Event;
import org.sitrep.store.ModelJson;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.merge.IncidentCombiner;
import org.sitrep.store.merge.IncidentMatcher;
import org.sitrep.store.merge.SourceEvent;

/**
 * The store's cross-source merge rules over the accounts of one merge key: each account joins the closest matching
 * incident ({@link IncidentMatcher}) or starts one, and each incident is the combination of its sources
 * ({@link IncidentCombiner}). Accounts are taken in publication order, not arrival order, so that a replay after a
 * restart forms the same incidents with the same ids.
 */
final class IncidentMerger {
    private final IncidentMatcher matcher;
    private final IncidentCombiner combiner;

    IncidentMerger(IncidentMatcher matcher, IncidentCombiner combiner) {
        this.matcher = matcher;
        this.combiner = combiner;
    }

    List<IncidentRecord> merge(List<Account> accounts) {
        // distinct: a document delivered twice (a producer's retry, a re-sent feed item) is one account
        List<Account> ordered = accounts.stream().distinct()
                .sorted(Comparator.comparingLong(Account::publishedMillis).thenComparing(Account::documentId)
                        .thenComparing(Account::eventJson))
                .toList();
        List<Forming> incidents = new ArrayList<>();
        for (Account account : ordered) {
            Event event = ModelJson.read(account.eventJson(), Event.class);
            SourceEvent source = new SourceEvent(account.documentId(), account.publisher(), time(account.publishedMillis()), event);
            List<IncidentMatcher.Candidate> candidates = incidents.stream()
                    .map(i -> new IncidentMatcher.Candidate(i.id, i.combined().event(), i.documentIds())).toList();
            Optional<IncidentMatcher.Match> match = matcher.bestMatch(event, account.documentId(), candidates);
            if (match.isPresent()) {
                incidents.stream().filter(i -> i.id.equals(match.get().incidentId())).findFirst().orElseThrow()
                        .add(account, source, match.get().reason());
            } else {
                Forming incident = new Forming(account.documentId() + "/" + event.id());
                incident.add(account, source, IncidentMatcher.FIRST_REPORT);
                incidents.add(incident);
            }
        }
        return incidents.stream().map(Forming::record).toList();
    }

    private static LocalDateTime time(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /** An incident while its key's accounts are being merged: its sources and their combination so far. */
    private final class Forming {
        private final String id;
        private final List<SourceEvent> sources = new ArrayList<>();
        private final List<IncidentRecord.Source> accounts = new ArrayList<>();
        private Incident combined;

        Forming(String id) {
            this.id = id;
        }

        void add(Account account, SourceEvent source, String reason) {
            sources.add(source);
            accounts.add(new IncidentRecord.Source(account, reason));
            combined = combiner.combine(sources);
        }

        Incident combined() {
            return combined;
        }

        Set<String> documentIds() {
            Set<String> ids = new LinkedHashSet<>();
            sources.forEach(s -> ids.add(s.documentId()));
            return ids;
        }

        IncidentRecord record() {
            Map<String, Object> record = new LinkedHashMap<>(Records.event(combined.event()));
            record.put("incident_id", id);
            record.put("num_sources", combined.numSources());
            record.put("first_reported", combined.firstReported() == null ? null : combined.firstReported().toString());
            record.put("last_reported", combined.lastReported() == null ? null : combined.lastReported().toString());
            record.put("document_ids", List.copyOf(documentIds()));
            return new IncidentRecord(id, Json.line(record), List.copyOf(accounts));
        }
    }
}
