package org.sitrep.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

/** Extractions as the pipeline produces them, written out by hand so that each storage rule is tested on its own. */
final class Reports {
    static final Location TARTUS = place("Tartus", 34.88902, 35.88659, "Tartus", "Tartus", 1);
    static final Location HOMS = place("Homs", 34.72682, 36.72339, "Homs", "Homs", 1);
    static final Location BANIYAS = place("Baniyas", 35.18, 35.94, "Tartus", "Baniyas", 1);
    static final Actor IS = new Actor("islamic-state", "Islamic State", 2, null);
    static final Actor SYRIA = new Actor("syrian-government", "Military Forces of Syria (2000-)", 1, "SY");

    private Reports() {
    }

    static Location place(String name, double lat, double lon, String admin1, String admin2, int precision) {
        return new Location(name, 760, "SY", "Syria", admin1, admin2, null, lat, lon, precision, null);
    }

    /** One incident as a document codes it. */
    record Incident(String type, String subType, LocalDate date, Location place, Actor actor1, Integer fatalities, String sentence) {
    }

    static Incident bombing(Location place, LocalDate date, Integer fatalities, String sentence) {
        return new Incident("Explosions/Remote violence", "Remote explosive/landmine/IED", date, place, Actor.UNIDENTIFIED, fatalities, sentence);
    }

    static Extraction document(String id, String url, String publisher, String text, Incident... incidents) {
        Document document = new Document(id, publisher, url, LocalDateTime.of(2016, 9, 5, 12, 0), text, List.of());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < incidents.length; i++) {
            Incident x = incidents[i];
            int start = Math.max(0, text.indexOf(x.sentence()));
            Evidence evidence = new Evidence(id, x.sentence(), start, start + x.sentence().length());
            events.add(new Event(id + "-e" + (i + 1), id, new EventDate(x.date(), DatePrecision.DAY, true), "Political violence",
                    x.type(), x.subType(), null, x.actor1(), List.of(), null, List.of(), null, x.place(), publisher, null,
                    x.sentence(), x.fatalities(), x.fatalities(), null, null, null, null, null, Modality.ASSERTED, null, List.of("car bomb"),
                    null, 0.8, List.of(evidence), List.of()));
        }
        return new Extraction(document, events, List.of(), List.of());
    }

    static Extraction withTollAndControl(Extraction extraction) {
        Document d = extraction.document();
        Evidence evidence = new Evidence(d.id(), d.text(), 0, d.text().length());
        EventDate day = new EventDate(LocalDate.of(2016, 9, 4), DatePrecision.DAY, true);
        CasualtyReport toll = new CasualtyReport(d.id() + "-t1", d.id(), "Syria", place("Syria", 35.0, 38.0, null, null, 3), day,
                57, null, "Local Coordination Committees", evidence);
        ControlObservation control = new ControlObservation(d.id() + "-c1", d.id(), "Tartus", TARTUS, SYRIA, null, day, evidence);
        return new Extraction(d, extraction.events(), List.of(toll), List.of(control));
    }
}
