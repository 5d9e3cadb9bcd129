package org.sitrep.pipeline.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Span;
import org.sitrep.pipeline.coding.EventDraft;

/**
 * Merges drafts that describe one incident: a report names the Tartus bombing in its lead, again in the
 * next paragraph ("two car bombs were detonated ... entering Tartus") and in a caption. Two drafts are one
 * incident when their event type, category and modality agree, their places are the same (or within
 * {@value #SAME_PLACE_KM} km), their dates agree where both were read from the text, and their actors do
 * not contradict each other. Talks between the same parties on the same day are one meeting wherever the
 * sentences place them; the named place wins over a national fallback.
 */
public final class SameIncidentMerger implements EventMerger {
    static final double SAME_PLACE_KM = 10.0;
    /**
     * The most evidence sentences (and trigger words) one event keeps: enough for any analyst, and a bound
     * that keeps merging linear when a text repeats one incident thousands of times.
     */
    static final int MAX_EVIDENCE = 25;
    /** How many sentences after its last mention an incident can still be mentioned again. */
    static final int MERGE_WINDOW_SENTENCES = 150;

    private final java.util.function.Function<String, String> eventTypeOf;

    /** @param eventTypeOf ACLED event type of a sub-event type */
    public SameIncidentMerger(java.util.function.Function<String, String> eventTypeOf) {
        this.eventTypeOf = eventTypeOf;
    }

    @Override
    public List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> merged = new ArrayList<>();
        List<Integer> lastSentence = new ArrayList<>();
        int firstOpen = 0;
        for (EventDraft draft : drafts) {
            // an incident is told within a stretch of the text: events read long before are closed, which
            // keeps the merge linear on a book-length document
            while (firstOpen < merged.size() && lastSentence.get(firstOpen) < draft.sentenceIndex() - MERGE_WINDOW_SENTENCES) {
                firstOpen++;
            }
            int i = firstOpen;
            while (i < merged.size() && !sameIncident(merged.get(i), draft)) {
                i++;
            }
            if (i < merged.size()) {
                merged.set(i, combine(merged.get(i), draft));
                lastSentence.set(i, draft.sentenceIndex());
            } else {
                merged.add(draft);
                lastSentence.add(draft.sentenceIndex());
            }
        }
        return merged;
    }

    private boolean sameIncident(EventDraft a, EventDraft b) {
        boolean sameKind = eventTypeOf.apply(a.subEventType()).equals(eventTypeOf.apply(b.subEventType()))
                && Objects.equals(a.category(), b.category()) && a.modality() == b.modality();
        if (!sameKind || !datesAgree(a.date(), b.date()) || !actorsAgree(a.actor1(), b.actor1())) {
            return false;
        }
        if ("diplomacy".equals(a.category())) {
            return a.subEventType().equals(b.subEventType()) && Objects.equals(key(a.actor2()), key(b.actor2()));
        }
        return samePlace(a.location(), b.location());
    }

    /**
     * Dates read from the text must be equal; a date inferred from context (the reference time, or an earlier
     * sentence) may differ by a day from a date read, since reports of "yesterday's" fall come out today.
     */
    private static boolean datesAgree(EventDate a, EventDate b) {
        if (a.explicit() && b.explicit()) {
            return a.date().equals(b.date()) && a.precision() == b.precision();
        }
        return Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= 1;
    }

    private static boolean actorsAgree(Actor a, Actor b) {
        return a.key().equals(b.key()) || a.isUnidentified() || b.isUnidentified();
    }

    private static String key(Actor actor) {
        return actor == null ? null : actor.key();
    }

    private static boolean samePlace(Location a, Location b) {
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
            return true;
        }
        return a.latitude() != null && b.latitude() != null
                && kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= SAME_PLACE_KM
                && a.geoPrecision() == b.geoPrecision();
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double h = 0.5 - Math.cos((lat2 - lat1) * p) / 2 + Math.cos(lat1 * p) * Math.cos(lat2 * p) * (1 - Math.cos((lon2 - lon1) * p)) / 2;
        return 12742 * Math.asin(Math.sqrt(h));
    }

    private static EventDraft combine(EventDraft a, EventDraft b) {
        EventDraft typed = b.specificity() > a.specificity() ? b : a;
        Actor actor1 = a.actor1().isUnidentified() ? b.actor1() : a.actor1();
        EventDate date = a.date().explicit() || !b.date().explicit() ? a.date() : b.date();
        boolean bPlaceBetter = (a.placeInferred() && !b.placeInferred())
                || (a.placeInferred() == b.placeInferred() && b.location().geoPrecision() < a.location().geoPrecision());
        Location location = bPlaceBetter ? b.location() : a.location();
        Set<String> weapons = new LinkedHashSet<>(a.weapons());
        weapons.addAll(b.weapons());
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(e -> !evidence.contains(e)).limit(Math.max(0, MAX_EVIDENCE - evidence.size())).forEach(evidence::add);
        List<Span> triggers = new ArrayList<>(a.triggers());
        b.triggers().stream().filter(t -> !triggers.contains(t)).limit(Math.max(0, MAX_EVIDENCE - triggers.size())).forEach(triggers::add);
        List<Actor> assoc = new ArrayList<>(a.assocActor1());
        b.assocActor1().stream().filter(x -> assoc.stream().noneMatch(y -> y.key().equals(x.key())) && !x.key().equals(actor1.key()))
                .forEach(assoc::add);
        return new EventDraft(a.sentenceIndex(), typed.subEventType(), typed.specificity(), a.category(), actor1, assoc,
                a.actor2() != null ? a.actor2() : b.actor2(), a.claimedBy() != null ? a.claimedBy() : b.claimedBy(),
                location, a.placeInferred() && b.placeInferred(), date, a.modality(),
                max(a.fatalitiesLow(), b.fatalitiesLow()), max(a.fatalitiesHigh(), b.fatalitiesHigh()),
                (a.fatalitiesLow() == null || a.fatalitiesVague()) && (b.fatalitiesLow() == null || b.fatalitiesVague()),
                max(a.injuredLow(), b.injuredLow()), a.injuredText() != null ? a.injuredText() : b.injuredText(),
                max(a.arrested(), b.arrested()), max(a.abducted(), b.abducted()), a.civiliansTargeted() || b.civiliansTargeted(),
                weapons, a.attributedTo() != null ? a.attributedTo() : b.attributedTo(), evidence, triggers);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }
}
