package org.sitrep.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells a new document from one seen before, in memory: the same text (by {@link org.sitrep.model.ContentHash}) under any address
 * is a duplicate; a known address with a different text is an update, a new version of that document. A store
 * that keeps documents across runs applies the same rule to what it holds.
 */
public final class DocumentVersions {

    /** How a document relates to those seen before. */
    public enum Status { NEW, DUPLICATE, UPDATED }

    private final Set<String> hashes = new HashSet<>();
    private final Map<String, String> hashByAddress = new HashMap<>();

    /** Classifies the document and remembers it. */
    public synchronized Status see(IngestedDocument doc) {
        String address = doc.document().url();
        boolean seenText = !hashes.add(doc.contentHash());
        if (seenText) {
            return Status.DUPLICATE;
        }
        if (address == null) {
            return Status.NEW;
        }
        String before = hashByAddress.put(address, doc.contentHash());
        return before == null ? Status.NEW : Status.UPDATED;
    }
}
