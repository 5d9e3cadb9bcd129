package org.sitrep.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ContentHash;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.store.merge.IncidentCombiner;
import org.sitrep.store.merge.IncidentMatcher.Candidate;
import org.sitrep.store.merge.IncidentMatcher.Match;
import org.sitrep.store.merge.IncidentMatcher;
import org.sitrep.store.merge.SourceEvent;

/**
 * Stores a document and what was extracted from it, inside the caller's transaction: the document (or its new
 * version), each event attached to the incident it describes or stored as a new one, the tolls and the control
 * observations, and the actors and places they reference.
 */
final class DocumentWriter {
    /** What {@link #storeMerged} did with an incident. */
    enum Written { CREATED, UPDATED, UNCHANGED }

    /** Fixed width, so that attachment times sort as text in the order they were given. */
    private static final DateTimeFormatter ATTACHED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final ContentHash contentHash = new ContentHash();
    private final IncidentMatcher matcher;
    private final IncidentCombiner combiner;
    private final Incidents incidents;

    DocumentWriter(IncidentMatcher matcher, IncidentCombiner combiner, Incidents incidents) {
        this.matcher = matcher;
        this.combiner = combiner;
        this.incidents = incidents;
    }

    StoreOutcome store(Session session, Extraction extraction, String title) throws SQLException {
        Document document = extraction.document();
        String hash = contentHash.of(document.text());
        List<Map<String, Object>> same = session.rows("SELECT id FROM documents WHERE content_hash = ?", hash);
        if (!same.isEmpty()) {
            return StoreOutcome.duplicate((String) same.get(0).get("id"));
        }
        String sourceKey = document.url() != null ? document.url() : document.id();
        List<Map<String, Object>> previous = session.rows("SELECT id, version FROM documents WHERE source_key = ? AND superseded_by IS NULL ORDER BY version DESC", sourceKey);
        int version = previous.isEmpty() ? 1 : ((Number) previous.get(0).get("version")).intValue() + 1;
        String documentId = insertDocument(session, document, hash, sourceKey, version, title);
        if (!previous.isEmpty()) {
            retire(session, (String) previous.get(0).get("id"), documentId);
        }
        int created = 0;
        int merged = 0;
        Set<String> touched = new HashSet<>();
        for (Event event : extraction.events()) {
            if (attach(session, event, documentId, document, touched)) {
                merged++;
            } else {
                created++;
            }
            referenceActors(session, event.actor1(), event.actor2(), event.claimedBy());
            referencePlace(session, event.location());
        }
        int tolls = 0;
        for (CasualtyReport toll : extraction.casualtyReports()) {
            storeToll(session, documentId, toll, ++tolls);
        }
        int controls = 0;
        for (ControlObservation control : extraction.controlObservations()) {
            storeControl(session, documentId, control, ++controls);
            referenceActors(session, control.holder(), control.previousHolder());
            referencePlace(session, control.location());
        }
        return new StoreOutcome(previous.isEmpty() ? StoreOutcome.Status.STORED : StoreOutcome.Status.NEW_VERSION,
                documentId, version, created, merged, tolls, controls);
    }

    /** Attaches the event to the incident it describes; returns false when it had to start a new incident. */
    private boolean attach(Session session, Event event, String documentId, Document document, Set<String> touched)
            throws SQLException {
        SourceEvent source = new SourceEvent(documentId, document.publisher(), document.published(), event);
        Optional<Match> match = matcher.bestMatch(event, documentId, candidates(session, event, documentId, touched));
        String incidentId;
        String reason;
        if (match.isPresent()) {
            incidentId = match.get().incidentId();
            reason = match.get().reason();
        } else {
            String country = event.location() == null || event.location().countryCode() == null ? "XX" : event.location().countryCode();
            incidentId = country + session.next("event");
            reason = IncidentMatcher.FIRST_REPORT;
        }
        if (match.isEmpty()) {
            incidents.insert(session, incidentId, combiner.combine(List.of(source)));
        }
        insertSource(session, documentId, document.publisher(), event, incidentId, reason, Instant.now().toString());
        if (match.isPresent()) {
            incidents.recombine(session, incidentId);
        }
        // the attachment itself (when, from which document, why) is the history of an automatic merge: event_sources
        // keeps it, so the audit log holds only what changes an incident after the fact
        touched.add(incidentId);
        return match.isPresent();
    }

    /**
     * Stores an incident merged elsewhere so that storing it again changes nothing. Each part has its natural key, and
     * the writer lock ({@link Database#write}) makes look-up-then-write atomic: a document is its text (content hash),
     * as for {@link #store}; an account is its document and the extractor's event id (the key of event_sources); the
     * incident is the one its founding account is attached to, else a new one. An account attached to another incident
     * (the document was ingested before, or a former run merged it otherwise) moves here and the incident it left is
     * recombined, or removed when nothing holds it. The row is recombined from all the incident's stored sources with
     * its status and edits kept, as after any merge; an incident whose accounts are all attached already is not
     * touched, so a replay leaves even its {@code timestamp} alone.
     *
     * @param attachedAt when this write attaches accounts: each source's time is this plus its position in
     *                   microseconds, so that the stored order, which recombining follows, is the incident's own
     */
    Written storeMerged(Session session, MergedIncident incident, Instant attachedAt) throws SQLException {
        List<MergedIncident.Source> sources = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        Set<String> accounts = new HashSet<>();
        for (MergedIncident.Source source : incident.sources()) {
            String documentId = documentOf(session, source.document());
            // one text under two ids (a re-sent article) is one document in the store, with one account per event
            if (accounts.add(documentId + "/" + source.event().id())) {
                sources.add(source);
                documentIds.add(documentId);
            }
        }
        List<String> attachedTo = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            List<Map<String, Object>> rows = session.rows("SELECT event_id_cnty FROM event_sources WHERE document_id = ? AND extracted_id = ?",
                    documentIds.get(i), sources.get(i).event().id());
            attachedTo.add(rows.isEmpty() ? null : (String) rows.get(0).get("event_id_cnty"));
        }
        String incidentId = attachedTo.get(0);
        boolean created = incidentId == null;
        if (created) {
            Location place = sources.get(0).event().location();
            incidentId = (place == null || place.countryCode() == null ? "XX" : place.countryCode()) + session.next("event");
        } else if (attachedTo.stream().allMatch(incidentId::equals)) {
            return Written.UNCHANGED;
        }
        if (created) {
            // the row first: accounts reference it
            List<SourceEvent> combined = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Document document = sources.get(i).document();
                combined.add(new SourceEvent(documentIds.get(i), document.publisher(), document.published(), sources.get(i).event()));
            }
            incidents.insert(session, incidentId, combiner.combine(combined));
        }
        Set<String> left = new LinkedHashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            MergedIncident.Source source = sources.get(i);
            Document document = source.document();
            Event event = source.event();
            String previous = attachedTo.get(i);
            String at = ATTACHED_AT.format(attachedAt.plusNanos(1000L * i));
            if (previous == null) {
                insertSource(session, documentIds.get(i), document.publisher(), event, incidentId, source.mergeReason(), at);
            } else if (!previous.equals(incidentId)) {
                session.update("UPDATE event_sources SET event_id_cnty = ?, merge_reason = ?, attached_at = ? WHERE document_id = ? AND extracted_id = ?",
                        incidentId, source.mergeReason(), at, documentIds.get(i), event.id());
                left.add(previous);
            }
            referenceActors(session, event.actor1(), event.actor2(), event.claimedBy());
            referencePlace(session, event.location());
        }
        if (!created) {
            incidents.recombine(session, incidentId);
        }
        for (String previous : left) {
            incidents.afterSourceLeft(session, previous, "an account moved to " + incidentId + ", merged by the stream job");
        }
        return created ? Written.CREATED : Written.UPDATED;
    }

    /**
     * The stored document with this text, else a new one. A stream job sees no version history: a new text under a
     * known key is stored as the next version of that key without retiring the older one (only {@link #store} does),
     * since the job has coded both.
     */
    private String documentOf(Session session, Document document) throws SQLException {
        String hash = contentHash.of(document.text());
        List<Map<String, Object>> same = session.rows("SELECT id FROM documents WHERE content_hash = ?", hash);
        if (!same.isEmpty()) {
            return (String) same.get(0).get("id");
        }
        String sourceKey = document.url() != null ? document.url() : document.id();
        List<Map<String, Object>> latest = session.rows("SELECT MAX(version) AS version FROM documents WHERE source_key = ?", sourceKey);
        Object version = latest.isEmpty() ? null : latest.get(0).get("version");
        return insertDocument(session, document, hash, sourceKey, version == null ? 1 : ((Number) version).intValue() + 1, null);
    }

    private static String insertDocument(Session session, Document document, String hash, String sourceKey, int version,
                                         String title) throws SQLException {
        String documentId = "D" + session.next("document");
        session.update("INSERT INTO documents (id, source_key, version, content_hash, external_id, publisher, url, title, "
                        + "published, ingested_at, superseded_by, posts, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                documentId, sourceKey, version, hash, document.id(), document.publisher(), document.url(), title,
                document.published() == null ? null : document.published().toString(), Instant.now().toString(),
                document.posts().isEmpty() ? null : ModelJson.write(document.posts()), document.text());
        return documentId;
    }

    private static void insertSource(Session session, String documentId, String publisher, Event event, String incidentId,
                                     String reason, String attachedAt) throws SQLException {
        Evidence first = event.evidence().isEmpty() ? null : event.evidence().get(0);
        session.update("INSERT INTO event_sources (document_id, extracted_id, event_id_cnty, publisher, fatalities, "
                        + "fatalities_low, fatalities_high, evidence, evidence_start, evidence_end, merge_reason, attached_at, event_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId, event.id(), incidentId, publisher, event.fatalities(), event.fatalitiesLow(),
                event.fatalitiesHigh(), first == null ? null : first.sentence(), first == null ? null : first.start(),
                first == null ? null : first.end(), reason, attachedAt, ModelJson.write(event));
    }

    /**
     * Incidents near the event in time and space: the matcher decides among them. {@code touched} are the incidents
     * this document has already fed, which the matcher must not merge a second event of the same document into.
     */
    private List<Candidate> candidates(Session session, Event event, String documentId, Set<String> touched) throws SQLException {
        Location place = event.location();
        if (place == null) {
            return List.of();
        }
        LocalDate from = event.eventDate().date().minusDays(IncidentMatcher.LOOKBACK_DAYS + 1);
        LocalDate to = periodEnd(event).plusDays(1);
        String window = "event_type = ? AND modality = ? AND event_date BETWEEN ? AND ?";
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (place.latitude() != null) {
            List<Long> cells = GridCell.around(place.latitude(), place.longitude(), IncidentMatcher.MAX_KM);
            parts.add("SELECT event_id_cnty, incident_json FROM events WHERE " + window + " AND cell IN (" + Sql.placeholders(cells.size()) + ")");
            values.addAll(List.of(event.eventType(), event.modality().label(), from.toString(), to.toString()));
            values.addAll(cells);
        }
        if (place.admin2() != null) {
            // a place known only to its district matches anywhere in it, however far from the district's centre
            parts.add("SELECT event_id_cnty, incident_json FROM events WHERE " + window + " AND admin2 = ? AND country_code = ?");
            values.addAll(Sql.list(event.eventType(), event.modality().label(), from.toString(), to.toString(), place.admin2(),
                    place.countryCode()));
        }
        if (place.latitude() == null && place.countryCode() != null) {
            // an incident the report places only in a country: other accounts without a place there
            parts.add("SELECT event_id_cnty, incident_json FROM events WHERE " + window + " AND latitude IS NULL AND country_code = ?");
            values.addAll(Sql.list(event.eventType(), event.modality().label(), from.toString(), to.toString(), place.countryCode()));
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String sql = String.join(" UNION ", parts);
        List<Candidate> candidates = new ArrayList<>();
        for (Map<String, Object> row : session.rows(sql, values)) {
            String id = (String) row.get("event_id_cnty");
            candidates.add(new Candidate(id, ModelJson.read((String) row.get("incident_json"), Event.class),
                    touched.contains(id) ? Set.of(documentId) : Set.of()));
        }
        return candidates;
    }

    private static LocalDate periodEnd(Event event) {
        LocalDate start = event.eventDate().date();
        return switch (event.eventDate().precision()) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case SEASON -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /**
     * The older version of an updated article stops being a source: its events leave their incidents (which are
     * recombined, or removed when nothing else and no analyst holds them), its tolls and control observations go.
     * The old text stays, superseded, so that nothing a user once saw is lost.
     */
    private void retire(Session session, String oldId, String newId) throws SQLException {
        session.update("UPDATE documents SET superseded_by = ? WHERE id = ?", newId, oldId);
        List<Map<String, Object>> attached = session.rows("SELECT DISTINCT event_id_cnty FROM event_sources WHERE document_id = ?", oldId);
        session.update("DELETE FROM event_sources WHERE document_id = ?", oldId);
        for (Map<String, Object> row : attached) {
            String incidentId = (String) row.get("event_id_cnty");
            incidents.afterSourceLeft(session, incidentId, "document " + oldId + " was superseded by " + newId);
        }
        session.update("DELETE FROM casualty_reports WHERE document_id = ?", oldId);
        session.update("DELETE FROM control_observations WHERE document_id = ?", oldId);
    }

    private static void storeToll(Session session, String documentId, CasualtyReport toll, int n) throws SQLException {
        Location l = toll.location();
        session.update("INSERT INTO casualty_reports (id, document_id, area, country, admin1, latitude, longitude, period, "
                        + "date_precision, killed, injured, attributed_to, evidence, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId + "-t" + n, documentId, toll.area(), l == null ? null : l.country(), l == null ? null : l.admin1(),
                l == null ? null : l.latitude(), l == null ? null : l.longitude(), toll.period().date().toString(),
                toll.period().precision().label(), toll.killed(), toll.injured(), toll.attributedTo(),
                toll.evidence() == null ? null : toll.evidence().sentence(), ModelJson.write(toll));
    }

    private static void storeControl(Session session, String documentId, ControlObservation c, int n) throws SQLException {
        Location l = c.location();
        session.update("INSERT INTO control_observations (id, document_id, place, country, admin1, latitude, longitude, geonameid, "
                        + "holder, holder_inter, previous_holder, as_of, evidence, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                documentId + "-c" + n, documentId, c.place(), l == null ? null : l.country(), l == null ? null : l.admin1(),
                l == null ? null : l.latitude(), l == null ? null : l.longitude(), l == null ? null : l.geonameId(),
                c.holder() == null ? null : c.holder().name(), c.holder() == null ? null : c.holder().inter(),
                c.previousHolder() == null ? null : c.previousHolder().name(), c.asOf().date().toString(),
                c.evidence() == null ? null : c.evidence().sentence(), ModelJson.write(c));
    }

    private static void referenceActors(Session session, Actor... actors) throws SQLException {
        for (Actor actor : actors) {
            if (actor != null && session.firstTime("actor " + actor.name())) {
                session.update("INSERT INTO actors (name, inter, iso) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                        actor.name(), actor.inter(), actor.iso());
            }
        }
    }

    private static void referencePlace(Session session, Location l) throws SQLException {
        if (l != null && l.geonameId() != null && session.firstTime("place " + l.geonameId())) {
            session.update("INSERT INTO places (geonameid, name, country, admin1, admin2, latitude, longitude) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (geonameid) DO NOTHING",
                    l.geonameId(), l.location(), l.country(), l.admin1(), l.admin2(), l.latitude(), l.longitude());
        }
    }
}
