package org.sitrep.store;

import java.sql.SQLException;
import java.time.Instant;

/** The append-only log of what happened to each incident: merges, splits, and every analyst action. */
final class Audit {
    private Audit() {
    }

    static void log(Session session, String incidentId, String who, String action, String field, String oldValue,
                    String newValue, String note) throws SQLException {
        session.update("INSERT INTO audit_log (id, event_id_cnty, at, who, action, field, old_value, new_value, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session.next("audit"), incidentId, Instant.now().toString(), who, action, field, oldValue, newValue, note);
    }
}
