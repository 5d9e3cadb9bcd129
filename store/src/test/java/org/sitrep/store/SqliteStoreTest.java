package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage rules on the embedded default, and what only a SQLite file can get wrong. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabase() {
        return dir.resolve("data/sitrep.db").toString();
    }

    @Test
    void theFileIsInWalModeAndPassesItsIntegrityCheck() throws Exception {
        store.store(Reports.withTollAndControl(Reports.document("d", null, "P", "A bomb in Tartus.",
                Reports.bombing(Reports.TARTUS, DAY, 3, "A bomb in Tartus."))), null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/sitrep.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void readsGoOnWhileAnotherProcessHoldsTheWriteLock() throws Exception {
        store.store(Reports.document("d", null, "P", "A bomb in Tartus.", Reports.bombing(Reports.TARTUS, DAY, 3, "A bomb in Tartus.")), null);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/sitrep.db"));
             Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE events SET notes = 'being rewritten'");
            long started = System.nanoTime();
            assertEquals(1, store.count(EventQuery.builder().build()));
            assertEquals("A bomb in Tartus.", store.events(EventQuery.builder().build()).events().get(0).get("notes"),
                    "a reader sees the last committed state");
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "the read did not wait for the writer");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aDatabaseThatIsNotSitrepsIsRefusedUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE birds (name TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.open(other.toString()));
        assertTrue(e.getMessage().contains("not a sitrep database") && e.getMessage().contains("birds"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing was added to someone else's database");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "these are my notes, not a database ".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.open(notes.toString()));
        assertTrue(e.getMessage().contains(notes.toString()), e.getMessage());
        assertTrue(Files.readString(notes).startsWith("these are my notes"));
    }

    @Test
    void aNewerSchemaThanThisBinaryKnowsIsRefused() throws Exception {
        store.close();
        Path path = dir.resolve("data/sitrep.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            s.execute("INSERT INTO sitrep_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                    + "installed_on, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', "
                    + "CURRENT_TIMESTAMP, 0, 1)");
        }
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.open(path.toString()));
        assertTrue(e.getMessage().contains("newer than this sitrep knows"), e.getMessage());
        store = SitrepStore.open(dir.resolve("fresh.db").toString());
    }
}
