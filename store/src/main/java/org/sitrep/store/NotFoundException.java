package org.sitrep.store;

/** The event, document or source that a command named is not in the database. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
