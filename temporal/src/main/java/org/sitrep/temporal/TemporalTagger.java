package org.sitrep.temporal;

import java.time.LocalDateTime;
import java.util.List;
import org.sitrep.model.EventDate;

/** Finds temporal expressions in a text and normalises them against a reference time. */
public interface TemporalTagger {

    /**
     * @param text      the text to tag
     * @param reference the time the text was written (publication or post time); may be null, then
     *                  relative expressions get values with X's and no date, absolute ones still resolve
     * @return the mentions in text order, non-overlapping
     */
    default List<TimeMention> tag(String text, LocalDateTime reference) {
        return tag(text, reference, null);
    }

    /**
     * Tags a passage that follows earlier text of the same document.
     *
     * @param anchor the date mentioned last before {@code text} ({@link TimeMention#anchorAfter}), which
     *               anaphoric expressions ("the next day", "two weeks later", "that year") count from, and which
     *               gives its year to "June 22" when there is no reference; null when none was
     */
    List<TimeMention> tag(String text, LocalDateTime reference, EventDate anchor);
}
