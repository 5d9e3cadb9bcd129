package org.sitrep.temporal;

import java.time.LocalDateTime;
import java.util.List;

/** Finds temporal expressions in a text and normalises them against a reference time. */
public interface TemporalTagger {

    /**
     * @param text      the text to tag
     * @param reference the time the text was written (publication or post time); may be null, then
     *                  relative expressions get values with X's and no date, absolute ones still resolve
     * @return the mentions in text order, non-overlapping
     */
    List<TimeMention> tag(String text, LocalDateTime reference);
}
