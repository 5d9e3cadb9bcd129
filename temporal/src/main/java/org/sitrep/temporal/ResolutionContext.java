package org.sitrep.temporal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * What a normaliser knows beyond the match itself.
 *
 * @param reference     the time the text was written; null when unknown
 * @param anchor        the date mentioned last before the match (TempEval's anchor of anaphoric expressions such
 *                      as "the next day"); null when none was
 * @param futureWording whether future wording governs the match ("will meet on Monday")
 * @param pastTense     whether, with no future wording, the match's clause is in the past tense ("attacked on
 *                      Christmas Eve")
 * @param dayFirst      whether 5/9/2016 reads as 5 September (true) or May 9 (false)
 * @param ruleType      the TIMEX3 type the rule declares
 */
record ResolutionContext(LocalDateTime reference, EventDate anchor, boolean futureWording, boolean pastTense,
                         boolean dayFirst,
                         TimexType ruleType, Lexicons lexicons) {

    boolean hasReference() {
        return reference != null;
    }

    LocalDate referenceDay() {
        return reference.toLocalDate();
    }

    /**
     * The day deictic expressions ("yesterday", "last month", "in February") count from: the reference day, or
     * in a narrative without one (HeidelTime's narrative mode) the last mentioned date when it is known at
     * {@code needed} precision or finer.
     */
    Optional<LocalDate> deicticDay(DatePrecision needed) {
        if (reference != null) {
            return Optional.of(reference.toLocalDate());
        }
        return anchorAt(needed);
    }

    /** The last mentioned date when known at {@code needed} precision or finer. */
    Optional<LocalDate> anchorAt(DatePrecision needed) {
        return anchor != null && anchor.precision().compareTo(needed) <= 0 ? Optional.of(anchor.date()) : Optional.empty();
    }

    /** Whether an underspecified date ("June 22", "in February") takes the year of the last mentioned date. */
    boolean narrative() {
        return reference == null && anchor != null;
    }
}
