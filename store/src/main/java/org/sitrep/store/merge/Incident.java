package org.sitrep.store.merge;

import java.time.LocalDateTime;
import org.sitrep.model.Event;

/**
 * An incident as its sources together describe it.
 *
 * @param event          the combined record: place and date from the most precise source, ACLED's conservative
 *                       (lowest) fatality count, the range across sources, every source's evidence
 * @param firstReported  the earliest publication time among the sources; null when none is known
 */
public record Incident(Event event, int numSources, LocalDateTime firstReported, LocalDateTime lastReported) {
}
