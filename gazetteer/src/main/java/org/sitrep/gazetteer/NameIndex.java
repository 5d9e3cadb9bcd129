package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An immutable map from name keys to place numbers, with the keys also bucketed by first letter
 * and length for the fuzzy search.
 */
final class NameIndex {
    /** Buckets are dense for keys that start with an ASCII letter and are at most this long; others share the last. */
    private static final int MAX_BUCKETED_LENGTH = 48;
    private static final int OTHER_BUCKET = 26 * (MAX_BUCKETED_LENGTH + 1);

    private final Map<String, int[]> placesByKey;
    /** Keys by {@link #bucket}: the fuzzy search compares a key only with keys of its first letter and near length. */
    private final String[][] keysByBucket;

    private NameIndex(Map<String, int[]> placesByKey, String[][] keysByBucket) {
        this.placesByKey = placesByKey;
        this.keysByBucket = keysByBucket;
    }

    /**
     * Builds the index from each place's keys: {@code keysByPlace[p]} are the keys of place number p.
     * Only an index built {@code fuzzySearchable} answers {@link #forEachFuzzyPlace}.
     */
    static NameIndex of(String[][] keysByPlace, boolean fuzzySearchable) {
        Map<String, int[]> placesByKey = new HashMap<>(keysByPlace.length * 3);
        for (int place = 0; place < keysByPlace.length; place++) {
            for (String key : keysByPlace[place]) {
                int[] places = placesByKey.putIfAbsent(key, new int[] {place});
                if (places != null) {
                    int[] grown = Arrays.copyOf(places, places.length + 1);
                    grown[places.length] = place;
                    placesByKey.put(key, grown);
                }
            }
        }
        List<List<String>> buckets = new ArrayList<>(OTHER_BUCKET + 1);
        for (int b = 0; b <= OTHER_BUCKET; b++) {
            buckets.add(new ArrayList<>());
        }
        if (fuzzySearchable) {
            for (String key : placesByKey.keySet()) {
                if (NameFolder.fuzzyBound(key.length()) > 0) {
                    buckets.get(bucket(key.charAt(0), key.length())).add(key);
                }
            }
        }
        String[][] keysByBucket = buckets.stream().map(keys -> keys.toArray(String[]::new)).toArray(String[][]::new);
        return new NameIndex(placesByKey, keysByBucket);
    }

    /** Calls the consumer with each place number filed under the key. */
    void forEachPlace(String key, IntConsumer consumer) {
        int[] places = placesByKey.get(key);
        if (places != null) {
            Arrays.stream(places).forEach(consumer);
        }
    }

    /**
     * Calls the consumer with the places of every key within the fuzzy bound of {@code key}
     * ({@link NameFolder#withinFuzzyBound}). Only keys with the same first letter are compared:
     * transliterations vary inside a name far more than at its start, and this keeps a search to
     * a few milliseconds. Keys that differ from the query only by an ending are skipped: such pairs
     * are inflections ("Syrian"/"Syria", "Iraqi"/"Iraq"), not misspellings.
     */
    void forEachFuzzyPlace(String key, IntConsumer consumer) {
        int bound = NameFolder.fuzzyBound(key.length());
        for (int length = key.length() - bound; bound > 0 && length <= key.length() + bound; length++) {
            for (String candidate : keysByBucket[bucket(key.charAt(0), length)]) {
                if (candidate.charAt(0) == key.charAt(0) && !candidate.startsWith(key) && !key.startsWith(candidate)
                        && NameFolder.withinFuzzyBound(key, candidate)) {
                    forEachPlace(candidate, consumer);
                }
            }
        }
    }

    private static int bucket(char firstLetter, int length) {
        if (firstLetter < 'a' || firstLetter > 'z' || length > MAX_BUCKETED_LENGTH) {
            return OTHER_BUCKET;
        }
        return (firstLetter - 'a') * (MAX_BUCKETED_LENGTH + 1) + length;
    }
}
