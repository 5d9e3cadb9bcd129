package org.sitrep.store;

/** The database engines sitrep stores into: an embedded SQLite file by default, PostgreSQL for teams. */
public enum Engine {
    SQLITE, POSTGRESQL;

    /** {@code jdbc:postgresql://...} is PostgreSQL; anything else is a SQLite file path (or {@code jdbc:sqlite:...}). */
    public static Engine of(String spec) {
        return spec.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }
}
