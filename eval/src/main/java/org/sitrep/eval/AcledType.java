package org.sitrep.eval;

import java.util.Objects;

/** An ACLED event type with its sub-event type, which is null where the source cannot tell it. */
record AcledType(String eventType, String subEventType) {
    AcledType {
        Objects.requireNonNull(eventType, "eventType");
    }
}
