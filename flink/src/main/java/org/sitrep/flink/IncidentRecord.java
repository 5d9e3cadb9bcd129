package org.sitrep.flink;

import java.io.Serializable;
import java.util.List;

/**
 * An incident as the job emits it.
 *
 * @param incidentId stable across replays of the same documents: the sinks upsert and deduplicate on it
 * @param json       the public event record (docs/output-format.md) with the incident's sources, one line of JSON
 * @param sources    its accounts in the order they joined it, the founding one first: what the store output writes
 */
public record IncidentRecord(String incidentId, String json, List<Source> sources) {

    /** An account of the incident and why it joined ({@code event_sources.merge_reason} in the store). */
    public record Source(Account account, String mergeReason) implements Serializable {
    }
}
