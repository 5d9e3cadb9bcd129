package org.sitrep.store;

import java.util.List;
import java.util.Map;

/**
 * An incident with everything behind it: its record (ACLED's columns, then sitrep's), each source with its
 * evidence and the reason it was attached, the analyst's edits and the audit log.
 */
public record StoredEvent(Map<String, Object> record, Map<String, Object> edits, List<EventSource> sources,
                          List<AuditEntry> audit) {
    public StoredEvent {
        record = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(record));
        edits = Map.copyOf(edits);
        sources = List.copyOf(sources);
        audit = List.copyOf(audit);
    }

    public String id() {
        return (String) record.get("event_id_cnty");
    }

    /**
     * One source of an incident.
     *
     * @param extractedId   the id the extractor gave the event in that document
     * @param evidenceStart the offsets of the first evidence sentence in the document text (Java string indices)
     */
    public record EventSource(String documentId, String extractedId, String publisher, String url, String title,
                              String published, Long fatalities, Long fatalitiesLow, Long fatalitiesHigh, String evidence,
                              Long evidenceStart, Long evidenceEnd, String mergeReason, String attachedAt) {
    }

    /** One line of the audit log: who did what, when, to which field. */
    public record AuditEntry(long id, String at, String who, String action, String field, String oldValue,
                             String newValue, String note) {
    }
}
