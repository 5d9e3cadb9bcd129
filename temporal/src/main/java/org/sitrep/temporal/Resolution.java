package org.sitrep.temporal;

import org.sitrep.model.EventDate;

/**
 * What a normaliser made of a match.
 *
 * @param date      null when the expression is not a calendar period or cannot be anchored
 * @param direction how to decide whether the mention points to the future
 * @param unresolvedReason why a date or time has no calendar date, when the normaliser knows; else null
 */
record Resolution(TimexType type, String value, EventDate date, Direction direction, String unresolvedReason) {

    /** A resolution that gives its reason only when it has no calendar date (see {@link TimeMention#unresolvedReason}). */
    Resolution(TimexType type, String value, EventDate date, Direction direction) {
        this(type, value, date, direction, null);
    }

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
