package org.sitrep.store;

/** A database problem, worded for the user: it names the database and says what was (not) written. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
