package org.sitrep.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Modality;
import org.sitrep.store.merge.IncidentCombiner;

/**
 * What an analyst does to an incident: verify, reject, edit a field, split a source off. Every action is logged
 * with who and when; an edit is kept apart from the extracted values so that it wins over any re-extraction.
 */
final class Curation {
    private static final Set<String> WHOLE_NUMBERS = Set.of("time_precision", "inter1", "inter2", "interaction",
            "geo_precision", "fatalities", "injured", "arrested", "abducted");
    private static final Set<String> DECIMALS = Set.of("latitude", "longitude");

    private final Incidents incidents;
    private final IncidentCombiner combiner;

    Curation(Incidents incidents, IncidentCombiner combiner) {
        this.incidents = incidents;
        this.combiner = combiner;
    }

    void setStatus(Session session, String id, String status, String who, String note) throws SQLException {
        Map<String, Object> state = incidents.state(session, id);
        session.update("UPDATE events SET status = ?, timestamp = ? WHERE event_id_cnty = ?", status,
                java.time.Instant.now().getEpochSecond(), id);
        Audit.log(session, id, who, status, "status", (String) state.get("status"), status, note);
    }

    void edit(Session session, String id, String field, String value, String who, String note) throws SQLException {
        if (!IncidentRow.EDITABLE.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not an editable field; editable: " + String.join(", ", IncidentRow.EDITABLE));
        }
        Map<String, Object> state = incidents.state(session, id);
        // the field is one of EDITABLE, so naming it in the statement is safe
        Object before = session.rows("SELECT " + field + " FROM events WHERE event_id_cnty = ?", id).get(0).get(field);
        Object typed = typed(field, value);
        Map<String, Object> edits = new LinkedHashMap<>(Incidents.edits(state));
        edits.put(field, typed);
        session.update("UPDATE events SET edits = ? WHERE event_id_cnty = ?", ModelJson.write(edits), id);
        if (incidents.sources(session, id).isEmpty()) {
            // no source to recombine from: the edit goes straight onto the row
            session.update("UPDATE events SET " + field + " = ? WHERE event_id_cnty = ?", typed, id);
        } else {
            incidents.recombine(session, id);
        }
        Audit.log(session, id, who, "edited", field, before == null ? null : String.valueOf(before),
                typed == null ? null : String.valueOf(typed), note);
    }

    /** Moves one document's accounts of the incident to an incident of their own; returns the new incident's id. */
    String split(Session session, String id, String documentId, String who, String note) throws SQLException {
        var sources = incidents.sources(session, id);
        if (sources.stream().noneMatch(s -> s.documentId().equals(documentId))) {
            throw new NotFoundException("document " + documentId + " is not a source of event " + id);
        }
        if (sources.stream().allMatch(s -> s.documentId().equals(documentId))) {
            throw new IllegalArgumentException("document " + documentId + " is the only source of event " + id + ": nothing to split");
        }
        Map<String, Object> state = incidents.state(session, id);
        String country = state.get("country_code") == null ? "XX" : (String) state.get("country_code");
        String newId = country + session.next("event");
        incidents.insert(session, newId, combiner.combine(sources.stream().filter(s -> s.documentId().equals(documentId)).toList()));
        session.update("UPDATE event_sources SET event_id_cnty = ?, merge_reason = ? WHERE event_id_cnty = ? AND document_id = ?",
                newId, "split from " + id + " by " + who, id, documentId);
        incidents.recombine(session, id);
        Audit.log(session, id, who, "split", null, null, newId, "document " + documentId + " moved to " + newId
                + (note == null ? "" : "; " + note));
        Audit.log(session, newId, who, "created", null, null, documentId, "split from " + id + (note == null ? "" : "; " + note));
        return newId;
    }

    private static Object typed(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (WHOLE_NUMBERS.contains(field)) {
                return Integer.parseInt(value.trim());
            }
            if (DECIMALS.contains(field)) {
                double number = Double.parseDouble(value.trim());
                double limit = field.equals("latitude") ? 90 : 180;
                if (Math.abs(number) > limit || Double.isNaN(number)) {
                    throw new IllegalArgumentException(field + " must be between -" + (int) limit + " and " + (int) limit + ", not " + value);
                }
                return number;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " takes a number, not '" + value + "'");
        }
        if (field.equals("event_date")) {
            try {
                return LocalDate.parse(value.trim()).toString();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("event_date takes a date YYYY-MM-DD, not '" + value + "'");
            }
        }
        if (field.equals("modality")) {
            List<String> labels = java.util.Arrays.stream(Modality.values()).map(Modality::label).toList();
            if (!labels.contains(value.trim())) {
                throw new IllegalArgumentException("modality is one of " + String.join(", ", labels) + ", not '" + value + "'");
            }
        }
        return value.trim();
    }
}
