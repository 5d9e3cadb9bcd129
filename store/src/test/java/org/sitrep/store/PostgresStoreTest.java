package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The storage rules on PostgreSQL (a real server: see TestPostgres), and a foreign database refused. */
class PostgresStoreTest extends StoreContract {
    @Override
    String newDatabase() throws Exception {
        return TestPostgres.newDatabase();
    }

    @Test
    void aDatabaseThatIsNotSitrepsIsRefused() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> SitrepStore.open(url));
        assertTrue(e.getMessage().contains("not a sitrep database") && e.getMessage().contains("invoices"), e.getMessage());
        assertTrue(!e.getMessage().contains("password=sitrep"), "the password is not printed: " + e.getMessage());
    }
}
