package org.sitrep.pipeline.coding;

/**
 * A count of victims read from a sentence ("at least one person was reported killed").
 *
 * @param killed  true for deaths, false for the injured
 * @param low     the lowest number the words allow ("at least 30" → 30, "dozens" → 12)
 * @param high    the highest, or null when open ("at least 30")
 * @param vague   the count was a vague word ("several"), not a number
 * @param coded   a coder's note gave it ("Unknown fatalities coded as 10", "coded as 3 for this event"): it is the
 *                incident's count, in place of every other the report gives
 */
public record CasualtyCount(int start, int end, String text, boolean killed, int low, Integer high, boolean vague,
                            boolean coded) {
    /** The same count with other bounds (a share of a shared toll, the attackers added). */
    CasualtyCount withBounds(int otherLow, Integer otherHigh) {
        return new CasualtyCount(start, end, text, killed, otherLow, otherHigh, vague, coded);
    }
}
