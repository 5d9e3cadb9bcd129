package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

/**
 * An incident whose accounts were merged outside the store, by the store's own rules ({@code store.merge}): the Flink
 * job's merge window. {@link SitrepStore#storeMerged} writes it so that writing it again changes nothing.
 *
 * @param sources the accounts in the order they joined the incident; the first one founded it
 */
public record MergedIncident(List<Source> sources) {
    public MergedIncident {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one source");
        }
        sources = List.copyOf(sources);
    }

    /**
     * One document's account.
     *
     * @param mergeReason why it joined the incident, as {@code event_sources.merge_reason} keeps it
     */
    public record Source(Document document, Event event, String mergeReason) {
    }

    /** What writing a batch of merged incidents did: incidents new to the store, changed, and already stored as they are. */
    public record Outcome(int created, int updated, int unchanged) {
    }
}
