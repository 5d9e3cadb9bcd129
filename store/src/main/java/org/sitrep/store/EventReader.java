package org.sitrep.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.StoredEvent.AuditEntry;
import org.sitrep.store.StoredEvent.EventSource;

/** Reads incidents, documents, tolls and control observations: filtered pages with a keyset cursor, newest first. */
final class EventReader {
    private static final String COLUMNS = String.join(", ", IncidentRow.COLUMNS);

    Page page(Session session, EventQuery query) throws SQLException {
        List<Object> values = new ArrayList<>();
        List<Map<String, Object>> rows = session.rows(pageSql(query, values), values);
        String next = null;
        if (rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
            Map<String, Object> last = rows.get(rows.size() - 1);
            next = encodeCursor((String) last.get("event_date"), (String) last.get("event_id_cnty"));
        }
        return new Page(rows, next);
    }

    /** The query of a page: its filters and cursor into {@code values}, one row more than the page to tell if another follows. */
    private static String pageSql(EventQuery query, List<Object> values) {
        List<String> where = new ArrayList<>();
        filters(query, where, values);
        if (query.cursor() != null) {
            String[] position = decodeCursor(query.cursor());
            // the first term is implied by the second; it is there so that the date index can seek to the cursor
            where.add("event_date <= ? AND (event_date < ? OR (event_date = ? AND event_id_cnty < ?))");
            values.add(position[0]);
            values.add(position[0]);
            values.add(position[0]);
            values.add(position[1]);
        }
        return "SELECT " + COLUMNS + " FROM events" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY event_date DESC, event_id_cnty DESC LIMIT " + (query.limit() + 1);
    }

    /**
     * Writes a page as {@code {"events": [...], "next_cursor": ...}}, the records with their {@code document_ids} and
     * {@code evidence}: the same JSON as {@link #page} and {@link #withEvidence} serialised, but written from the result
     * set as it is read. One query reads the page and its sources (each incident's row once per source, in the order of
     * {@link #withEvidence}); no map is built for a row and nothing is copied, which was most of a page's cost.
     */
    void writePage(Session session, EventQuery query, JsonGenerator out) throws SQLException, IOException {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT p.*, s.document_id AS source_document, s.evidence AS source_evidence, "
                + "s.evidence_start AS source_start, s.evidence_end AS source_end FROM (" + pageSql(query, values) + ") p "
                + "LEFT JOIN event_sources s ON s.event_id_cnty = p.event_id_cnty "
                + "ORDER BY p.event_date DESC, p.event_id_cnty DESC, s.attached_at, s.document_id, s.extracted_id";
        out.writeStartObject();
        out.writeArrayFieldStart("events");
        String next = session.query(sql, values, rs -> {
            int columns = IncidentRow.COLUMNS.size();
            int id = IncidentRow.COLUMNS.indexOf("event_id_cnty") + 1;
            int date = IncidentRow.COLUMNS.indexOf("event_date") + 1;
            List<String> documents = new ArrayList<>();
            List<Object[]> evidence = new ArrayList<>();
            String current = null;
            String currentDate = null;
            int written = 0;
            while (rs.next()) {
                String rowId = rs.getString(id);
                if (!rowId.equals(current)) {
                    if (current != null) {
                        writeSources(out, documents, evidence);
                    }
                    if (written == query.limit()) {
                        // the row past the page: another page follows, starting after the last one written
                        return encodeCursor(currentDate, current);
                    }
                    out.writeStartObject();
                    for (int c = 1; c <= columns; c++) {
                        out.writeFieldName(IncidentRow.COLUMNS.get(c - 1));
                        writeValue(out, rs.getObject(c));
                    }
                    current = rowId;
                    currentDate = rs.getString(date);
                    written++;
                }
                String document = rs.getString(columns + 1);
                if (document != null) { // null: an incident without sources (the LEFT JOIN's row)
                    if (!documents.contains(document)) {
                        documents.add(document);
                    }
                    evidence.add(new Object[] {document, rs.getObject(columns + 2), rs.getObject(columns + 3), rs.getObject(columns + 4)});
                }
            }
            if (current != null) {
                writeSources(out, documents, evidence);
            }
            return null;
        });
        out.writeEndArray();
        out.writeStringField("next_cursor", next);
        out.writeEndObject();
    }

    /** Ends an incident's object with its sources, and empties the lists for the next incident. */
    private static void writeSources(JsonGenerator out, List<String> documents, List<Object[]> evidence) throws IOException {
        out.writeArrayFieldStart("document_ids");
        for (String document : documents) {
            out.writeString(document);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("evidence");
        for (Object[] item : evidence) {
            out.writeStartObject();
            out.writeFieldName("document_id");
            writeValue(out, item[0]);
            out.writeFieldName("sentence");
            writeValue(out, item[1]);
            out.writeFieldName("start");
            writeValue(out, item[2]);
            out.writeFieldName("end");
            writeValue(out, item[3]);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        documents.clear();
        evidence.clear();
    }

    /** One column's value as {@link Sql#read} gives it to Jackson: whole numbers, decimals, text or null. */
    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        switch (Sql.normalise(value)) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Long number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Object other -> out.writeObject(other);
        }
    }

    /**
     * Adds to each record of a page its sources: {@code document_ids} and {@code evidence} ({@code document_id},
     * {@code sentence}, {@code start}, {@code end}), read in one query for the whole page.
     */
    List<Map<String, Object>> withEvidence(Session session, List<Map<String, Object>> records) throws SQLException {
        if (records.isEmpty()) {
            return records;
        }
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> record : records) {
            Map<String, Object> copy = LinkedHashMap.newLinkedHashMap(record.size() + 2);
            copy.putAll(record);
            copy.put("document_ids", new ArrayList<String>());
            copy.put("evidence", new ArrayList<Map<String, Object>>());
            byId.put((String) record.get("event_id_cnty"), copy);
        }
        List<Object> ids = new ArrayList<>(byId.keySet());
        for (Map<String, Object> s : session.rows("SELECT event_id_cnty, document_id, evidence, evidence_start, evidence_end "
                + "FROM event_sources WHERE event_id_cnty IN (" + Sql.placeholders(ids.size()) + ") "
                + "ORDER BY attached_at, document_id, extracted_id", ids)) {
            Map<String, Object> record = byId.get((String) s.get("event_id_cnty"));
            @SuppressWarnings("unchecked") List<String> documents = (List<String>) record.get("document_ids");
            if (!documents.contains((String) s.get("document_id"))) {
                documents.add((String) s.get("document_id"));
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("document_id", s.get("document_id"));
            evidence.put("sentence", s.get("evidence"));
            evidence.put("start", s.get("evidence_start"));
            evidence.put("end", s.get("evidence_end"));
            @SuppressWarnings("unchecked") List<Map<String, Object>> items = (List<Map<String, Object>>) record.get("evidence");
            items.add(evidence);
        }
        return new ArrayList<>(byId.values());
    }

    long count(Session session, EventQuery query) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        filters(query, where, values);
        String sql = "SELECT COUNT(*) AS n FROM events" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return ((Number) session.rows(sql, values).get(0).get("n")).longValue();
    }

    private static void filters(EventQuery q, List<String> where, List<Object> values) {
        if (q.south() != null) {
            where.add("latitude BETWEEN ? AND ?");
            values.add(q.south());
            values.add(q.north());
            if (q.west() <= q.east()) {
                where.add("longitude BETWEEN ? AND ?");
                values.add(q.west());
                values.add(q.east());
            } else { // a box across the antimeridian
                where.add("(longitude >= ? OR longitude <= ?)");
                values.add(q.west());
                values.add(q.east());
            }
        }
        if (q.from() != null) {
            where.add("event_date >= ?");
            values.add(q.from().toString());
        }
        if (q.to() != null) {
            where.add("event_date <= ?");
            values.add(q.to().toString());
        }
        if (q.country() != null) {
            // one column, so that its page index serves the query: no country's name has two letters, every code has
            if (q.country().length() == 2) {
                where.add("country_code = ?");
                values.add(q.country().toUpperCase(Locale.ROOT));
            } else {
                where.add("country = ?");
                values.add(q.country());
            }
        }
        equal(where, values, "admin1", q.admin1());
        equal(where, values, "event_type", q.eventType());
        equal(where, values, "sub_event_type", q.subEventType());
        equal(where, values, "modality", q.modality());
        if (q.actor() != null) {
            where.add("(LOWER(actor1) LIKE ? OR LOWER(actor2) LIKE ? OR LOWER(assoc_actor_1) LIKE ? OR LOWER(assoc_actor_2) LIKE ?)");
            String pattern = like(q.actor());
            for (int i = 0; i < 4; i++) {
                values.add(pattern);
            }
        }
        if (q.source() != null) {
            where.add("LOWER(source) LIKE ?");
            values.add(like(q.source()));
        }
        if (q.text() != null) {
            where.add("(LOWER(notes) LIKE ? OR LOWER(location) LIKE ?)");
            values.add(like(q.text()));
            values.add(like(q.text()));
        }
        if (q.minFatalities() != null) {
            where.add("fatalities >= ?");
            values.add(q.minFatalities());
        }
        if (q.status() != null) {
            equal(where, values, "status", q.status());
        } else if (!q.includeRejected()) {
            where.add("status <> 'rejected'");
        }
    }

    private static void equal(List<String> where, List<Object> values, String column, String value) {
        if (value != null) {
            where.add(column + " = ?");
            values.add(value);
        }
    }

    /** A LIKE pattern for "contains": the user's % and _ match themselves. */
    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    static String encodeCursor(String date, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this server gave: " + cursor);
        }
    }

    long changeMark(Session session) throws SQLException {
        return ((Number) session.rows("SELECT SUM(value) AS mark FROM counters").get(0).get("mark")).longValue();
    }

    List<Map<String, Object>> changedSince(Session session, long since, int limit) throws SQLException {
        return session.rows("SELECT " + COLUMNS + " FROM events WHERE timestamp >= ? AND status <> 'rejected' "
                + "ORDER BY timestamp, event_id_cnty LIMIT " + limit, since);
    }

    Optional<StoredEvent> event(Session session, String id) throws SQLException {
        List<Map<String, Object>> rows = session.rows("SELECT " + COLUMNS + ", edits FROM events WHERE event_id_cnty = ?", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> record = new LinkedHashMap<>(rows.get(0));
        Map<String, Object> edits = Incidents.edits(record);
        record.remove("edits");
        List<EventSource> sources = new ArrayList<>();
        for (Map<String, Object> s : session.rows("SELECT s.document_id, s.extracted_id, s.publisher, d.url, d.title, "
                + "d.published, s.fatalities, s.fatalities_low, s.fatalities_high, s.evidence, s.evidence_start, s.evidence_end, "
                + "s.merge_reason, s.attached_at FROM event_sources s JOIN documents d ON d.id = s.document_id "
                + "WHERE s.event_id_cnty = ? ORDER BY s.attached_at, s.document_id, s.extracted_id", id)) {
            sources.add(new EventSource((String) s.get("document_id"), (String) s.get("extracted_id"), (String) s.get("publisher"),
                    (String) s.get("url"), (String) s.get("title"), (String) s.get("published"), (Long) s.get("fatalities"),
                    (Long) s.get("fatalities_low"), (Long) s.get("fatalities_high"), (String) s.get("evidence"),
                    (Long) s.get("evidence_start"), (Long) s.get("evidence_end"), (String) s.get("merge_reason"),
                    (String) s.get("attached_at")));
        }
        List<AuditEntry> audit = new ArrayList<>();
        for (Map<String, Object> a : session.rows("SELECT * FROM audit_log WHERE event_id_cnty = ? ORDER BY id", id)) {
            audit.add(new AuditEntry((Long) a.get("id"), (String) a.get("at"), (String) a.get("who"), (String) a.get("action"),
                    (String) a.get("field"), (String) a.get("old_value"), (String) a.get("new_value"), (String) a.get("note")));
        }
        return Optional.of(new StoredEvent(record, edits, sources, audit));
    }

    Optional<StoredDocument> document(Session session, String id) throws SQLException {
        List<Map<String, Object>> rows = session.rows("SELECT * FROM documents WHERE id = ?", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> d = rows.get(0);
        return Optional.of(new StoredDocument(id, (String) d.get("source_key"), ((Number) d.get("version")).intValue(),
                (String) d.get("external_id"), (String) d.get("publisher"), (String) d.get("url"), (String) d.get("title"),
                (String) d.get("published"), (String) d.get("ingested_at"), (String) d.get("superseded_by"), (String) d.get("text")));
    }

    List<Map<String, Object>> evidenceIn(Session session, String documentId) throws SQLException {
        return session.rows("SELECT event_id_cnty, extracted_id, evidence AS sentence, evidence_start AS start, "
                + "evidence_end AS \"end\" FROM event_sources WHERE document_id = ? ORDER BY evidence_start, extracted_id", documentId);
    }

    List<Map<String, Object>> tolls(Session session, EventQuery q) throws SQLException {
        return observations(session, "SELECT id, document_id, area, country, admin1, latitude, longitude, period, date_precision, "
                + "killed, injured, attributed_to, evidence FROM casualty_reports", "period", q);
    }

    List<Map<String, Object>> control(Session session, EventQuery q) throws SQLException {
        return observations(session, "SELECT id, document_id, place, country, admin1, latitude, longitude, geonameid, holder, "
                + "holder_inter, previous_holder, as_of, evidence FROM control_observations", "as_of", q);
    }

    private static List<Map<String, Object>> observations(Session session, String select, String dateColumn, EventQuery q)
            throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (q.from() != null) {
            where.add(dateColumn + " >= ?");
            values.add(q.from().toString());
        }
        if (q.to() != null) {
            where.add(dateColumn + " <= ?");
            values.add(q.to().toString());
        }
        if (q.country() != null) {
            where.add("country = ?");
            values.add(q.country());
        }
        if (q.south() != null) {
            where.add("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?");
            values.addAll(List.of(q.south(), q.north(), q.west(), q.east()));
        }
        String sql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + dateColumn + " DESC, id LIMIT " + q.limit();
        return session.rows(sql, values);
    }
}
