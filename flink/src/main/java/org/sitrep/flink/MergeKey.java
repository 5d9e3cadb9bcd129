package org.sitrep.flink;

import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * The key of the merge stage: event type, 0.1-degree cell (about 11 km, the merge distance) and day. Accounts of one
 * incident share it unless the incident lies on a cell edge or its reports disagree on the day; those stay two
 * incidents in the stream, the price of merging without global state (docs/scale.md).
 */
final class MergeKey {
    private static final double CELL = 0.1;

    private MergeKey() {
    }

    static String of(Event event) {
        return event.eventType() + "|" + place(event.location()) + "|" + event.eventDate().date();
    }

    private static String place(Location location) {
        if (location == null) {
            return "nowhere";
        }
        if (location.latitude() != null && location.longitude() != null) {
            return String.format(Locale.ROOT, "%d:%d", (long) Math.floor(location.latitude() / CELL),
                    (long) Math.floor(location.longitude() / CELL));
        }
        // a place known only to its district or province: the matcher compares admin2, so the key does too
        return location.countryCode() + ":" + location.admin1() + ":" + location.admin2();
    }
}
