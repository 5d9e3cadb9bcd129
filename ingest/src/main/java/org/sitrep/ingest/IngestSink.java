package org.sitrep.ingest;

/** Receives documents and failures as they are read, so that a long run can store them and show progress. */
public interface IngestSink {
    void document(IngestedDocument document);

    void failure(IngestFailure failure);
}
