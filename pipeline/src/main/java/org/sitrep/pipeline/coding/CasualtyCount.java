package org.sitrep.pipeline.coding;

/**
 * A count of people an incident harmed or took, read from a sentence ("at least one person was reported killed",
 * "police arrested 30 protesters").
 *
 * @param role    what happened to them
 * @param low     the lowest number the words allow ("at least 30" → 30, "dozens" → 12)
 * @param high    the highest, or null when open ("at least 30")
 * @param vague   the count was a vague word ("several"), not a number
 * @param coded   a coder's note gave it ("Unknown fatalities coded as 10", "coded as 3 for this event"): it is the
 *                incident's count, in place of every other the report gives
 */
public record CasualtyCount(int start, int end, String text, Role role, int low, Integer high, boolean vague,
                            boolean coded) {
    /** What a count counts: the dead and the injured (ACLED's fatalities and sitrep's injured), the arrested, the abducted. */
    public enum Role {
        KILLED, INJURED, ARRESTED, ABDUCTED;

        /** The name used in outputs: "killed", "injured", "arrested", "abducted". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean killed() {
        return role == Role.KILLED;
    }

    public boolean injured() {
        return role == Role.INJURED;
    }

    /** The same count with other bounds (a share of a shared toll, the attackers added). */
    CasualtyCount withBounds(int otherLow, Integer otherHigh) {
        return new CasualtyCount(start, end, text, role, otherLow, otherHigh, vague, coded);
    }
}
