package org.sitrep.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Sequential identifiers handed out inside the caller's write transaction, identically on SQLite and PostgreSQL. */
final class Counters {
    private Counters() {
    }

    static long next(Session session, String name) throws SQLException {
        List<Map<String, Object>> rows = session.rows("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", name);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no counter " + name);
        }
        return ((Number) rows.get(0).get("value")).longValue();
    }
}
