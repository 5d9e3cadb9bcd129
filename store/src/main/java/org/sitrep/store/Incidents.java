package org.sitrep.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.merge.IncidentCombiner;
import org.sitrep.store.merge.SourceEvent;

/**
 * The events table as the combination of each incident's sources with its analyst's edits: every change of the
 * sources (a merge, a split, a new version of a document) recombines the row, and the edits are laid over it again,
 * so that an edit always wins over re-extraction.
 */
final class Incidents {
    private static final String INSERT = "INSERT INTO events (" + String.join(", ", IncidentRow.COLUMNS) + ", edits, incident_json, cell) "
            + "VALUES (" + Sql.placeholders(IncidentRow.COLUMNS.size() + 3) + ")";
    private static final String UPDATE = "UPDATE events SET " + String.join(", ",
            IncidentRow.COLUMNS.stream().filter(c -> !c.equals("event_id_cnty")).map(c -> c + " = ?").toList())
            + ", edits = ?, incident_json = ?, cell = ? WHERE event_id_cnty = ?";

    private final IncidentCombiner combiner;

    Incidents(IncidentCombiner combiner) {
        this.combiner = combiner;
    }

    void insert(Session session, String id, Incident incident) throws SQLException {
        Map<String, Object> row = IncidentRow.of(id, incident, "unverified", Map.of(), Instant.now().getEpochSecond());
        List<Object> values = new ArrayList<>(row.values());
        values.add(null);
        values.add(ModelJson.write(incident.event()));
        values.add(GridCell.of(row.get("latitude"), row.get("longitude")));
        session.update(INSERT, values.toArray());
    }

    /** Rewrites the incident's row from its sources, keeping its status and laying its edits over it. */
    void recombine(Session session, String id) throws SQLException {
        List<SourceEvent> sources = sources(session, id);
        if (sources.isEmpty()) {
            return;
        }
        Map<String, Object> state = state(session, id);
        Map<String, Object> edits = edits(state);
        Incident incident = combiner.combine(sources);
        Map<String, Object> row = IncidentRow.of(id, incident, (String) state.get("status"), edits, Instant.now().getEpochSecond());
        List<Object> values = new ArrayList<>();
        row.forEach((column, value) -> {
            if (!column.equals("event_id_cnty")) {
                values.add(value);
            }
        });
        values.add(edits.isEmpty() ? null : ModelJson.write(edits));
        values.add(ModelJson.write(incident.event()));
        values.add(GridCell.of(row.get("latitude"), row.get("longitude")));
        values.add(id);
        session.update(UPDATE, values.toArray());
    }

    /**
     * After a source left the incident: recombine from the sources that remain; with none left, the incident goes
     * unless an analyst verified, rejected or edited it (then it stays, with no sources, for the analyst to judge).
     */
    void afterSourceLeft(Session session, String id, String why) throws SQLException {
        if (!sources(session, id).isEmpty()) {
            recombine(session, id);
            Audit.log(session, id, "sitrep", "source-removed", null, null, null, why);
            return;
        }
        Map<String, Object> state = state(session, id);
        if ("unverified".equals(state.get("status")) && edits(state).isEmpty()) {
            session.update("DELETE FROM events WHERE event_id_cnty = ?", id);
            Audit.log(session, id, "sitrep", "removed", null, null, null, why + "; no source left");
        } else {
            session.update("UPDATE events SET num_sources = 0, timestamp = ? WHERE event_id_cnty = ?",
                    Instant.now().getEpochSecond(), id);
            Audit.log(session, id, "sitrep", "source-removed", null, null, null, why + "; kept for the analyst with no source left");
        }
    }

    List<SourceEvent> sources(Session session, String id) throws SQLException {
        List<SourceEvent> sources = new ArrayList<>();
        for (Map<String, Object> row : session.rows("SELECT s.document_id, s.publisher, d.published, s.event_json "
                + "FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id_cnty = ? "
                + "ORDER BY s.attached_at, s.document_id, s.extracted_id", id)) {
            String published = (String) row.get("published");
            sources.add(new SourceEvent((String) row.get("document_id"), (String) row.get("publisher"),
                    published == null ? null : LocalDateTime.parse(published), ModelJson.read((String) row.get("event_json"), Event.class)));
        }
        return sources;
    }

    Map<String, Object> state(Session session, String id) throws SQLException {
        List<Map<String, Object>> rows = session.rows("SELECT event_id_cnty, status, edits, country_code FROM events WHERE event_id_cnty = ?", id);
        if (rows.isEmpty()) {
            throw new NotFoundException("no event " + id);
        }
        return rows.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> edits(Map<String, Object> state) {
        Object json = state.get("edits");
        return json == null ? Map.of() : new LinkedHashMap<>(ModelJson.read((String) json, LinkedHashMap.class));
    }
}
