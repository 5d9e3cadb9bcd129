package org.sitrep.cli;

import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Option;

/** {@code --db}: the database every storing and reading command works on. */
final class DatabaseOption {
    static final String DEFAULT = "./data/sitrep.db";

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", defaultValue = DEFAULT,
            description = "The database: a SQLite file (created when missing) or jdbc:postgresql://host/db?user=...&password=... "
                    + "Default: ${DEFAULT-VALUE}.")
    String db;

    SitrepStore open() {
        return SitrepStore.open(db);
    }
}
