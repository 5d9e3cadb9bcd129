package org.sitrep.store;

/**
 * What storing one document did.
 *
 * @param documentId     the stored document's id (D17); for a duplicate, the id of the document already stored
 * @param eventsCreated  incidents that are new
 * @param eventsMerged   events attached to an incident already stored (from another source)
 */
public record StoreOutcome(Status status, String documentId, int version, int eventsCreated, int eventsMerged,
                           int casualtyReports, int controlObservations) {

    public enum Status {
        /** a document not seen before */
        STORED,
        /** a new version of a document already stored (same URL or id, other text): its events were re-coded */
        NEW_VERSION,
        /** the same text is already stored: nothing was written */
        DUPLICATE
    }

    public int events() {
        return eventsCreated + eventsMerged;
    }

    static StoreOutcome duplicate(String documentId) {
        return new StoreOutcome(Status.DUPLICATE, documentId, 0, 0, 0, 0, 0);
    }
}
