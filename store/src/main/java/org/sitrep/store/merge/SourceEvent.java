package org.sitrep.store.merge;

import java.time.LocalDateTime;
import org.sitrep.model.Event;

/** One source's account of an incident: the event as that document coded it, and when the document was published. */
public record SourceEvent(String documentId, String publisher, LocalDateTime published, Event event) {
}
