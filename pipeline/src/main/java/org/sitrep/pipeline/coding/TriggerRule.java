package org.sitrep.pipeline.coding;

import java.util.regex.Pattern;

/**
 * One row of the trigger lexicon.
 *
 * @param subEventType an ACLED sub-event type, or {@link #TERRITORY} when the acting actor decides it
 * @param weapon       the weapon the trigger names, or null
 */
public record TriggerRule(Pattern pattern, String subEventType, String category, String weapon, int specificity) {
    public static final String TERRITORY = "TERRITORY";

    public boolean isTerritorial() {
        return TERRITORY.equals(subEventType);
    }
}
