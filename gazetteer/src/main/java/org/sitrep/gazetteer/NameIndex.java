package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An immutable map from name keys to place numbers, with the keys also bucketed by their first two
 * letters and their length for the fuzzy search.
 */
final class NameIndex {
    private final Map<String, int[]> placesByKey;
    /** Keys by {@link #bucket}: the fuzzy search compares a key only with keys of its first two letters and near length. */
    private final Map<String, String[]> keysByBucket;

    private NameIndex(Map<String, int[]> placesByKey, Map<String, String[]> keysByBucket) {
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
        Map<String, List<String>> buckets = new HashMap<>();
        if (fuzzySearchable) {
            for (String key : placesByKey.keySet()) {
                if (NameFolder.fuzzyBound(key.length()) > 0) {
                    buckets.computeIfAbsent(bucket(key, key.length()), b -> new ArrayList<>()).add(key);
                }
            }
        }
        Map<String, String[]> keysByBucket = new HashMap<>(buckets.size() * 2);
        buckets.forEach((bucket, keys) -> keysByBucket.put(bucket, keys.toArray(String[]::new)));
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
     * ({@link NameFolder#withinFuzzyBound}). Only keys with the same first two letters are compared:
     * transliterations vary inside a name far more than at its start (and vowel changes are the loose
     * key's business), and this keeps a search to a few hundred comparisons, so that a long document's
     * many capitalised words cost little. Keys that differ from the query only by an ending are skipped:
     * such pairs are inflections ("Syrian"/"Syria", "Iraqi"/"Iraq"), not misspellings.
     */
    void forEachFuzzyPlace(String key, IntConsumer consumer) {
        int bound = NameFolder.fuzzyBound(key.length());
        for (int length = key.length() - bound; bound > 0 && length <= key.length() + bound; length++) {
            String[] candidates = keysByBucket.get(bucket(key, length));
            if (candidates == null) {
                continue;
            }
            for (String candidate : candidates) {
                if (!candidate.startsWith(key) && !key.startsWith(candidate) && NameFolder.withinFuzzyBound(key, candidate)) {
                    forEachPlace(candidate, consumer);
                }
            }
        }
    }

    private static String bucket(String key, int length) {
        return key.substring(0, 2) + length;
    }
}
