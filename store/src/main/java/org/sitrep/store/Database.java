package org.sitrep.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A connection pool on a sitrep database, migrated to the schema this binary knows. Opening refuses a database that
 * is not sitrep's, or whose schema is newer than this binary, before anything is written to it.
 */
public final class Database implements AutoCloseable {
    /** Serialises writers on PostgreSQL (SQLite serialises them itself with IMMEDIATE transactions). */
    private static final long WRITER_LOCK = 0x5173_7265_70L;

    private final String name;
    private final Engine engine;
    private final HikariDataSource pool;
    private final AtomicLong writesCommitted = new AtomicLong();

    private Database(String name, Engine engine, HikariDataSource pool) {
        this.name = name;
        this.engine = engine;
        this.pool = pool;
    }

    /** Opens (creating a SQLite file when needed) and migrates the database that {@code --db} names. */
    public static Database open(String spec) {
        return open(spec, Engine.of(spec) == Engine.SQLITE ? 4 : 8);
    }

    /**
     * As {@link #open(String)}, with at most {@code connections} connections: a writer that only writes needs few,
     * and a PostgreSQL server serves a limited number (100 by default) to all of a cluster's tasks together.
     */
    public static Database open(String spec, int connections) {
        Engine engine = Engine.of(spec);
        String name = displayName(spec);
        HikariConfig config = new HikariConfig();
        config.setPoolName("sitrep");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        if (engine == Engine.SQLITE) {
            Path file = Path.of(name).toAbsolutePath();
            if (Files.isDirectory(file)) {
                throw new StoreException("database " + name + " is a directory, not a database file");
            }
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the folder of database " + name + ": " + e.getMessage(), e);
            }
            config.setJdbcUrl("jdbc:sqlite:" + file);
            config.setDataSourceProperties(sqliteSettings());
        } else {
            config.setJdbcUrl(spec);
        }
        config.setMaximumPoolSize(connections);
        HikariDataSource pool = new HikariDataSource(config);
        Database database = new Database(name, engine, pool);
        try {
            database.checkItIsOurs();
            database.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    /** How messages name the database that {@code --db} gives: a SQLite file by its path, a server without its password. */
    public static String displayName(String spec) {
        return Engine.of(spec) == Engine.SQLITE ? spec.replaceFirst("^jdbc:sqlite:", "") : redactPassword(spec);
    }

    private static Properties sqliteSettings() {
        Properties settings = new Properties();
        // WAL lets readers (the API, R, QGIS, the sqlite3 shell) go on while an ingest writes; NORMAL sync in WAL
        // loses no committed transaction when the process is killed, only on power loss
        settings.setProperty("journal_mode", "WAL");
        settings.setProperty("synchronous", "NORMAL");
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("busy_timeout", "60000");
        // 64 MB of page cache per connection: the indexes of a million events stay in memory while a batch is merged
        settings.setProperty("cache_size", "-65536");
        // a writer takes the write lock when its transaction begins, so two ingests queue instead of deadlocking
        settings.setProperty("transaction_mode", "IMMEDIATE");
        return settings;
    }

    public String name() {
        return name;
    }

    public Engine engine() {
        return engine;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T write(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (engine == Engine.POSTGRESQL) {
                    try (Statement lock = connection.createStatement()) {
                        lock.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
                    }
                }
                T result;
                try (Session session = new Session(connection)) {
                    result = work.run(session);
                    session.writeCounters();
                }
                connection.commit();
                writesCommitted.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("nothing of this change was written", e);
        }
    }

    /** The transactions {@link #write} has committed in this process since the database was opened. */
    long writesCommitted() {
        return writesCommitted.get();
    }

    /** Runs {@code work} on a connection in auto-commit mode: reads see the last committed state. */
    <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection(); Session session = new Session(connection)) {
            return work.run(session);
        } catch (SQLException e) {
            throw failure("the read failed", e);
        }
    }

    StoreException failure(String consequence, SQLException e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (reason.contains("SQLITE_FULL") || reason.contains("No space left") || "53100".equals(e.getSQLState())) {
            reason = "the disk is full";
        } else if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            reason = "the connection to the database was lost (" + reason + ")";
        }
        return new StoreException("database " + name + ": " + reason + "; " + consequence, e);
    }

    private void checkItIsOurs() {
        List<String> tables = read(session -> {
            Connection connection = session.connection();
            List<String> names = new ArrayList<>();
            String schema = engine == Engine.POSTGRESQL ? connection.getSchema() : null;
            try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        });
        if (!tables.isEmpty() && !tables.contains("sitrep_info")) {
            throw new StoreException("database " + name + " is not a sitrep database (it holds the tables "
                    + String.join(", ", tables.stream().limit(5).toList()) + (tables.size() > 5 ? ", ..." : "")
                    + "); give another --db");
        }
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .table("sitrep_schema_history")
                .loggers("slf4j")
                .baselineOnMigrate(false)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        MigrationInfo newer = Arrays.stream(applied).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).findFirst().orElse(null);
        if (newer != null) {
            throw new StoreException("database " + name + " has schema version " + newer.getVersion()
                    + ", newer than this sitrep knows (" + latestKnown(flyway) + "); use a newer sitrep");
        }
        try {
            MigrateResult result = flyway.migrate();
            if (!result.success) {
                throw new StoreException("database " + name + ": schema migration failed");
            }
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new StoreException("database " + name + ": schema migration failed: " + e.getMessage(), e);
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b).orElse("none");
    }

    private static String redactPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Session session) throws SQLException;
    }
}
