package org.sitrep.temporal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a normaliser knows beyond the match itself.
 *
 * @param reference     the time the text was written; null when unknown
 * @param futureWording whether future wording governs the match ("will meet on Monday")
 * @param dayFirst      whether 5/9/2016 reads as 5 September (true) or May 9 (false)
 * @param ruleType      the TIMEX3 type the rule declares
 */
record ResolutionContext(LocalDateTime reference, boolean futureWording, boolean dayFirst, TimexType ruleType,
                         Lexicons lexicons) {

    boolean hasReference() {
        return reference != null;
    }

    LocalDate referenceDay() {
        return reference.toLocalDate();
    }
}
