package org.sitrep.ingest.fetch;

/** A fetch that gave nothing usable; the message names the address and says why, in one line. */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
