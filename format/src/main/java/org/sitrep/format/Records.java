package org.sitrep.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;

/**
 * The public output records (docs/output-format.md): one flat map a record, with ACLED's column names
 * wherever ACLED has the field, in a fixed column order.
 */
public final class Records {
    private Records() {
    }

    /** ACLED's columns of an event, then sitrep's own, in output order. */
    public static final List<String> EVENT_COLUMNS = List.of("record", "document_id", "event_id_cnty", "event_date", "year",
            "time_precision", "date_precision", "disorder_type", "event_type", "sub_event_type", "category",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "country_code", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "geonameid",
            "source", "source_scale", "notes", "fatalities", "fatalities_low", "fatalities_high", "injured", "injured_text", "arrested", "abducted",
            "modality", "claimed_by", "weapons", "attributed_to", "confidence", "evidence");

    public static List<Map<String, Object>> of(Extraction extraction) {
        List<Map<String, Object>> records = new ArrayList<>();
        extraction.events().forEach(e -> records.add(event(e)));
        extraction.casualtyReports().forEach(t -> records.add(toll(t)));
        extraction.controlObservations().forEach(c -> records.add(control(c)));
        return records;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("record", "event");
        r.put("document_id", e.documentId());
        r.put("event_id_cnty", e.id());
        r.put("event_date", e.eventDate().iso());
        r.put("year", e.eventDate().date().getYear());
        r.put("time_precision", e.eventDate().precision().acledTimePrecision());
        r.put("date_precision", e.eventDate().precision().label());
        r.put("disorder_type", e.disorderType());
        r.put("event_type", e.eventType());
        r.put("sub_event_type", e.subEventType());
        r.put("category", e.category());
        r.put("actor1", name(e.actor1()));
        r.put("assoc_actor_1", joined(e.assocActor1()));
        r.put("inter1", e.inter1());
        r.put("actor2", name(e.actor2()));
        r.put("assoc_actor_2", joined(e.assocActor2()));
        r.put("inter2", e.inter2());
        r.put("interaction", e.interaction());
        r.put("civilian_targeting", e.civilianTargeting());
        putLocation(r, e.location());
        r.put("source", e.source());
        r.put("source_scale", e.sourceScale());
        r.put("notes", e.notes());
        r.put("fatalities", e.fatalities());
        r.put("fatalities_low", e.fatalitiesLow());
        r.put("fatalities_high", e.fatalitiesHigh());
        r.put("injured", e.injured());
        r.put("injured_text", e.injuredText());
        r.put("arrested", e.arrested());
        r.put("abducted", e.abducted());
        r.put("modality", e.modality().label());
        r.put("claimed_by", name(e.claimedBy()));
        r.put("weapons", e.weapons());
        r.put("attributed_to", e.attributedTo());
        r.put("confidence", e.confidence());
        r.put("evidence", e.evidence().stream().map(Records::evidence).toList());
        return r;
    }

    public static Map<String, Object> toll(CasualtyReport t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("record", "casualty_report");
        r.put("document_id", t.documentId());
        r.put("id", t.id());
        r.put("area", t.area());
        if (t.location() != null) {
            putLocation(r, t.location());
        }
        r.put("date", t.period().iso());
        r.put("date_precision", t.period().precision().label());
        r.put("killed", t.killed());
        r.put("injured", t.injured());
        r.put("attributed_to", t.attributedTo());
        r.put("evidence", List.of(evidence(t.evidence())));
        return r;
    }

    public static Map<String, Object> control(ControlObservation c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("record", "control");
        r.put("document_id", c.documentId());
        r.put("id", c.id());
        r.put("place", c.place());
        putLocation(r, c.location());
        r.put("holder", name(c.holder()));
        r.put("holder_inter", c.holder() == null ? null : c.holder().inter());
        r.put("previous_holder", name(c.previousHolder()));
        r.put("as_of", c.asOf().iso());
        r.put("evidence", List.of(evidence(c.evidence())));
        return r;
    }

    private static void putLocation(Map<String, Object> r, Location l) {
        r.put("iso", l.iso());
        r.put("country_code", l.countryCode());
        r.put("country", l.country());
        r.put("admin1", l.admin1());
        r.put("admin2", l.admin2());
        r.put("admin3", l.admin3());
        r.put("location", l.location());
        r.put("latitude", l.latitude());
        r.put("longitude", l.longitude());
        r.put("geo_precision", l.geoPrecision());
        r.put("geonameid", l.geonameId());
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document_id", e.documentId());
        r.put("sentence", e.sentence());
        r.put("start", e.start());
        r.put("end", e.end());
        return r;
    }

    private static String name(Actor actor) {
        return actor == null ? null : actor.name();
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
