package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    /**
     * A key is found by its characters ({@link NameIndex#keyNumber(char[], int, int)}, behind a Bloom filter) exactly
     * when a place has it, as a map of all keys says: on random keys, present ones and absent ones differing from
     * them by a letter or a length.
     */
    @Test
    void keyNumberFindsExactlyTheKeysPlacesHave() {
        Random random = new Random(5);
        String alphabet = "abdeiklmnrstuz";
        int places = 20_000;
        String[][] keysByPlace = new String[places][];
        Map<String, Integer> placeByKey = new HashMap<>();
        for (int p = 0; p < places; p++) {
            String key;
            do {
                key = RandomKeys.letters(random, alphabet, 1 + random.nextInt(12));
            } while (placeByKey.containsKey(key));
            keysByPlace[p] = new String[] {key};
            placeByKey.put(key, p);
        }
        NameIndex index = NameIndex.of(keysByPlace, false);
        int absent = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            String known = keysByPlace[random.nextInt(places)][0];
            String query = trial % 2 == 0 ? known : RandomKeys.edited(random, alphabet, known, 1, 0);
            char[] chars = (query + "padding").toCharArray();
            int number = index.keyNumber(chars, query.length(), query.hashCode());
            Integer expected = placeByKey.get(query);
            if (expected == null) {
                assertEquals(-1, number, query);
                absent++;
            } else {
                assertTrue(number >= 0, query);
                assertArrayEquals(new int[] {expected}, index.places(number), query);
                assertEquals(number, index.keyNumber(query), query);
            }
        }
        assertTrue(absent > 10_000, "the trials should ask for many absent keys: " + absent);
    }

    /**
     * The fuzzy search skips buckets, blocks of keys and letter sets by necessary conditions only: on random keys (a small
     * alphabet for many near pairs, repeated letters, digits and non-Latin letters, lengths around the bounds' steps)
     * it finds exactly the places that comparing the query with every key finds.
     */
    @Test
    void fuzzySearchFindsWhatComparingWithEveryKeyFinds() {
        Random random = new Random(7);
        String alphabet = "aabeilnrs0ح";
        int places = 3_000;
        String[][] keysByPlace = new String[places][];
        List<String> allKeys = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            String key = "ka" + RandomKeys.letters(random, alphabet, 3 + random.nextInt(11));
            keysByPlace[p] = new String[] {key};
            allKeys.add(key);
        }
        NameIndex index = NameIndex.of(keysByPlace, true);
        int found = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            // up to two edits after the first two letters of a key, or a new key
            String query = trial % 2 == 0
                    ? RandomKeys.edited(random, alphabet, allKeys.get(random.nextInt(allKeys.size())), random.nextInt(3), 2)
                    : "ka" + RandomKeys.letters(random, alphabet, 3 + random.nextInt(11));
            TreeSet<Integer> expected = new TreeSet<>();
            for (int p = 0; p < places; p++) {
                String key = keysByPlace[p][0];
                int bound = NameFolder.fuzzyBound(query.length());
                if (bound > 0 && NameFolder.fuzzyBound(key.length()) > 0
                        && Math.abs(key.length() - query.length()) <= bound
                        && !key.startsWith(query) && !query.startsWith(key)
                        && NameFolder.withinFuzzyBound(query, key)) {
                    expected.add(p);
                }
            }
            TreeSet<Integer> actual = new TreeSet<>();
            index.forEachFuzzyPlace(query, actual::add);
            assertEquals(expected, actual, query);
            found += expected.size();
        }
        assertTrue(found > 500, "the trials should find many places: " + found);
    }

    /**
     * The fuzzy search finds every key a comparison with every key finds, and each once, on keys of varied first
     * letters (the buckets it reads are those of the query's first two) and lengths from the shortest of a bound on,
     * and queries with up to three edits anywhere, the first two letters included (such a key is no match).
     */
    @Test
    void fuzzySearchFindsWhatComparingWithEveryKeyFindsWhateverTheFirstLetters() {
        Random random = new Random(11);
        String alphabet = "abnrs";
        int places = 4_000;
        String[][] keysByPlace = new String[places][];
        for (int p = 0; p < places; p++) {
            keysByPlace[p] = new String[] {RandomKeys.letters(random, alphabet, 4 + random.nextInt(14))};
        }
        NameIndex index = NameIndex.of(keysByPlace, true);
        int found = 0;
        for (int trial = 0; trial < 4_000; trial++) {
            String query = RandomKeys.edited(random, alphabet, keysByPlace[random.nextInt(places)][0],
                    random.nextInt(4), 0);
            TreeSet<Integer> expected = new TreeSet<>();
            for (int p = 0; p < places; p++) {
                String key = keysByPlace[p][0];
                int bound = NameFolder.fuzzyBound(query.length());
                if (bound > 0 && NameFolder.fuzzyBound(key.length()) > 0
                        && key.regionMatches(0, query, 0, 2)
                        && Math.abs(key.length() - query.length()) <= bound
                        && !key.startsWith(query) && !query.startsWith(key)
                        && NameFolder.withinFuzzyBound(query, key)) {
                    expected.add(p);
                }
            }
            List<Integer> actual = new ArrayList<>();
            index.forEachFuzzyPlace(query, actual::add);
            actual.sort(null);
            // each place has one key: a place found twice would be a key reported twice
            assertEquals(List.copyOf(expected), actual, query);
            found += expected.size();
        }
        assertTrue(found > 1_000, "the trials should find many places: " + found);
    }
}
