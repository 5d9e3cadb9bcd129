package org.sitrep.temporal;

/** The TIMEX3 type of a temporal expression (TimeML). */
public enum TimexType {
    /** A calendar date or period: "5 September 2016", "last week", "in February". */
    DATE,
    /** A time of day, possibly on a date: "at 9am", "this morning". */
    TIME,
    /** A length of time: "for three weeks", "within weeks". */
    DURATION,
    /** A recurrence: "every day", "weekly". */
    SET
}
