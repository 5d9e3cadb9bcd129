package org.sitrep.temporal;

import org.sitrep.model.EventDate;

/**
 * What a normaliser made of a match.
 *
 * @param date      null when the expression is not a calendar period or cannot be anchored
 * @param direction how to decide whether the mention points to the future
 */
record Resolution(TimexType type, String value, EventDate date, Direction direction) {

    /** How a mention's {@code future} flag is decided. */
    enum Direction {
        /** Lexically past ("yesterday", "last week", "two days ago"): never future. */
        PAST,
        /** Lexically future ("tomorrow", "next week"). */
        FUTURE,
        /** Future when the resolved date falls after the reference day ("Sept. 18", "2017"). */
        BY_DATE,
        /** Future when governed by future wording or when the resolved date falls after the reference day. */
        BY_WORDING
    }
}
