package org.sitrep.temporal;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventDate;

/**
 * A temporal expression found in a text.
 *
 * @param start  offset of the first character (Java string index)
 * @param end    offset after the last character (exclusive)
 * @param text   the covered text, {@code text.substring(start, end)} of the tagged text
 * @param type   the TIMEX3 type
 * @param value  the TIMEX3 normalised value: 2016-09-04, 2016-08, 2016-W35, 2016-SU, 2016,
 *               2016-09-05TMO, P3W, PRESENT_REF, or XXXX-09-05 when the year cannot be resolved
 * @param date   for DATE and TIME mentions resolved to the calendar, the first day of the period with
 *               its precision ({@code explicit} true); null for durations, sets and unresolved mentions
 * @param future true when the expression points after the reference time or is governed by future
 *               wording ("next week", "will meet on Monday")
 * @param anchors true when anaphoric expressions after it count from its date: a calendar date or time that
 *               moves the narrative on, not an aside such as the year of "the 1812 campaign" or "the previous year"
 * @param unresolvedReason for a DATE or TIME left without a calendar date, why ({@link #NO_SUCH_DAY},
 *               {@link #NO_REFERENCE}); null otherwise
 */
public record TimeMention(int start, int end, String text, TimexType type, String value, EventDate date, boolean future,
                          boolean anchors, String unresolvedReason) {
    /** A day its month does not have: "31 February 2016". */
    public static final String NO_SUCH_DAY = "no such day in that month";
    /** Nothing to count from: no publication time, dateline or earlier date gives the year, month or week. */
    public static final String NO_REFERENCE = "no reference time to count from (give the publication time)";

    public TimeMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad extent " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (anchors && date == null) {
            throw new IllegalArgumentException("a mention without a date cannot anchor others");
        }
        if (unresolvedReason != null && date != null) {
            throw new IllegalArgumentException("a mention with a date is not unresolved");
        }
    }

    /** A mention that anchors what follows whenever it names a calendar date or time. */
    public TimeMention(int start, int end, String text, TimexType type, String value, EventDate date, boolean future) {
        this(start, end, text, type, value, date, future,
                date != null && (type == TimexType.DATE || type == TimexType.TIME), null);
    }

    /** The same mention at other offsets (from a sentence's to the document's). */
    public TimeMention shifted(int offset) {
        return new TimeMention(start + offset, end + offset, text, type, value, date, future, anchors, unresolvedReason);
    }

    /** The anchor for what follows these mentions: the date of the last one that {@link #anchors}, else {@code previous}. */
    public static EventDate anchorAfter(List<TimeMention> mentions, EventDate previous) {
        EventDate anchor = previous;
        for (TimeMention mention : mentions) {
            if (mention.anchors()) {
                anchor = mention.date();
            }
        }
        return anchor;
    }
}
