package org.sitrep.pipeline.coding;

/**
 * A count of victims read from a sentence ("at least one person was reported killed").
 *
 * @param killed  true for deaths, false for the injured
 * @param low     the lowest number the words allow ("at least 30" → 30, "dozens" → 12)
 * @param high    the highest, or null when open ("at least 30")
 * @param vague   the count was a vague word ("several"), not a number
 */
public record CasualtyCount(int start, int end, String text, boolean killed, int low, Integer high, boolean vague) {
}
