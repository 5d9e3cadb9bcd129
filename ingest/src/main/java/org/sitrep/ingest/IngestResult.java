package org.sitrep.ingest;

import java.util.List;

/** What one input gave: its documents (a page, a feed's items, a folder's files) and the parts that failed. */
public record IngestResult(List<IngestedDocument> documents, List<IngestFailure> failures) {
    public IngestResult {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }
}
