package org.sitrep.flink;

/**
 * An incident as the job emits it.
 *
 * @param incidentId stable across replays of the same documents: the sinks upsert and deduplicate on it
 * @param json       the public event record (docs/output-format.md) with the incident's sources, one line of JSON
 */
public record IncidentRecord(String incidentId, String json) {
}
