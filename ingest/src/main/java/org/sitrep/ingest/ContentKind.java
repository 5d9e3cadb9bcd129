package org.sitrep.ingest;

/** What an input holds, told from its bytes. */
public enum ContentKind {
    HTML, FEED, JSON_LINES, TEXT, BINARY
}
