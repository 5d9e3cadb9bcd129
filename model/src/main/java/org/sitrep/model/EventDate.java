package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date with its precision. {@code date} is the first day of the period
 * (2016-08-01 for "August 2016" at MONTH precision).
 *
 * @param explicit true when a temporal expression in the text gave this date, false when it
 *                 was defaulted from the reference (publication or post) time
 */
public record EventDate(LocalDate date, DatePrecision precision, boolean explicit) {
    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    /** ISO form at its precision: 2016-09-05, 2016-08, 2016. Weeks print their first day. */
    public String iso() {
        return switch (precision) {
            case DAY, WEEK -> date.toString();
            case MONTH, SEASON -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
