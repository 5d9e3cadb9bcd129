package org.sitrep.store;

import java.util.List;
import java.util.Map;

/**
 * One page of incidents as public records (ACLED's columns, then sitrep's), and the cursor of the next page
 * (null on the last page).
 */
public record Page(List<Map<String, Object>> events, String nextCursor) {
    public Page {
        events = List.copyOf(events);
    }
}
