package org.sitrep.store.merge;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * Combines the sources of one incident into one record, as ACLED's coders do: the most precise place and date,
 * the most conservative fatality count, and the disagreement between sources kept as a low-high range.
 */
public final class IncidentCombiner {
    /** Evidence sentences kept on the combined record; every source keeps all of its own in event_sources. */
    private static final int MAX_EVIDENCE = 25;

    public Incident combine(List<SourceEvent> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one source");
        }
        // the most precise place, then the most precise date, then the most confident coding
        SourceEvent base = sources.stream().min(Comparator
                .comparingInt((SourceEvent s) -> s.event().location() == null ? 9 : s.event().location().geoPrecision())
                .thenComparing(s -> s.event().eventDate().precision().ordinal())
                .thenComparing(s -> -s.event().confidence())).orElseThrow();
        Event e = base.event();
        List<Event> events = sources.stream().map(SourceEvent::event).toList();
        Integer fatalities = events.stream().map(Event::fatalities).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Integer low = events.stream().flatMap(x -> java.util.stream.Stream.of(x.fatalitiesLow(), x.fatalities()))
                .filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Integer high = events.stream().flatMap(x -> java.util.stream.Stream.of(x.fatalitiesHigh(), x.fatalities()))
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        Integer injured = events.stream().map(Event::injured).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Integer arrested = events.stream().map(Event::arrested).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Integer abducted = events.stream().map(Event::abducted).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Set<String> publishers = new LinkedHashSet<>();
        sources.stream().map(SourceEvent::publisher).filter(Objects::nonNull).forEach(publishers::add);
        List<Evidence> evidence = new ArrayList<>();
        for (Event event : events) {
            for (Evidence item : event.evidence()) {
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(item);
                }
            }
        }
        double confidence = events.stream().mapToDouble(Event::confidence).max().orElse(e.confidence());
        Event combined = new Event(e.id(), e.documentId(), e.eventDate(), e.disorderType(), e.eventType(), e.subEventType(),
                e.category(), e.actor1(), e.assocActor1(), e.actor2(), e.assocActor2(), e.civilianTargeting(), e.location(),
                publishers.isEmpty() ? e.source() : String.join("; ", publishers), e.sourceScale(), e.notes(),
                fatalities, low, high, injured, injured == null ? e.injuredText() : null, arrested, abducted, e.modality(),
                firstNonNull(events, Event::claimedBy), e.weapons(), e.attributedTo(), confidence, evidence, e.triggers());
        long documents = sources.stream().map(SourceEvent::documentId).distinct().count();
        LocalDateTime first = sources.stream().map(SourceEvent::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDateTime last = sources.stream().map(SourceEvent::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new Incident(combined, (int) documents, first, last);
    }

    private static <T> T firstNonNull(List<Event> events, java.util.function.Function<Event, T> field) {
        return events.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
