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
 */
public record TimeMention(int start, int end, String text, TimexType type, String value, EventDate date, boolean future) {
    public TimeMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad extent " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The anchor for what follows these mentions: the date of the last one that names a calendar date or time
     * (durations and sets name none), else {@code previous}.
     */
    public static EventDate anchorAfter(List<TimeMention> mentions, EventDate previous) {
        EventDate anchor = previous;
        for (TimeMention mention : mentions) {
            if (mention.date() != null && (mention.type() == TimexType.DATE || mention.type() == TimexType.TIME)) {
                anchor = mention.date();
            }
        }
        return anchor;
    }
}
