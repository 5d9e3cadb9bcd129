package org.sitrep.ingest;

/** An input that gave no document, and why, in one line fit for a log and a summary. */
public record IngestFailure(String input, String reason) {
}
